CREATE TABLE t (id integer PRIMARY KEY, v numeric(5,5));
