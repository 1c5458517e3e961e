CREATE TABLE t (id integer PRIMARY KEY, a text, b text, CONSTRAINT t_ab UNIQUE (a));
