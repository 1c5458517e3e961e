CREATE TABLE t (id integer PRIMARY KEY, code text, v text, w integer);
CREATE UNIQUE INDEX t_code ON t (code) INCLUDE (v);
