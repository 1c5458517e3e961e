CREATE TABLE t (n integer, v text, CONSTRAINT t_n_key UNIQUE (n) INCLUDE (v));
