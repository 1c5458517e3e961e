CREATE TABLE t (n integer, v text, CONSTRAINT t_pk PRIMARY KEY (n) INCLUDE (v));
