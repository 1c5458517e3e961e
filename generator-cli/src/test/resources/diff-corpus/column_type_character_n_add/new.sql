CREATE TABLE t (id integer PRIMARY KEY, v character(3));
