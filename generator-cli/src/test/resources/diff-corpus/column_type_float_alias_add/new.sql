CREATE TABLE t (id integer PRIMARY KEY, v float8);
