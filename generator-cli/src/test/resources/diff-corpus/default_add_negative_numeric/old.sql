CREATE TABLE t (id integer PRIMARY KEY, v numeric(6,2));
