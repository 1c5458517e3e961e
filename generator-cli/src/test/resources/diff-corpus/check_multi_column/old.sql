CREATE TABLE t (id integer PRIMARY KEY, lo integer, hi integer);
