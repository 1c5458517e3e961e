CREATE TABLE t (id integer PRIMARY KEY, n integer, CONSTRAINT t_n_check CHECK (n > 0));
