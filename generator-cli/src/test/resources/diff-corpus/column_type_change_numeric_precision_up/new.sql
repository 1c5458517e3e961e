CREATE TABLE t (id integer PRIMARY KEY, v numeric(14,2));
