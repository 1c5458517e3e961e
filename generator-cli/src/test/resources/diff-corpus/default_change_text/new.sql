CREATE TABLE t (id integer PRIMARY KEY, s text DEFAULT 'b');
