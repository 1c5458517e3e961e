CREATE TABLE t (id integer, CONSTRAINT t_pk PRIMARY KEY (id));
