CREATE TABLE t (id integer PRIMARY KEY, n integer);
CREATE UNIQUE INDEX t_n ON t (n);
