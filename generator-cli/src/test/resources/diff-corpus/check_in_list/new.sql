CREATE TABLE t (id integer PRIMARY KEY, s text CHECK (s IN ('a', 'b', 'c')));
