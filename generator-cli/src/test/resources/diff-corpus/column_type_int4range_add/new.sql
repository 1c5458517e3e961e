CREATE TABLE t (id integer PRIMARY KEY, v int4range);
