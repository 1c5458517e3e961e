CREATE TABLE t (id integer PRIMARY KEY, n integer);
INSERT INTO t VALUES (1, -1), (2, 5);
