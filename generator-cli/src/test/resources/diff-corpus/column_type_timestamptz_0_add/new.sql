CREATE TABLE t (id integer PRIMARY KEY, v timestamptz(0));
