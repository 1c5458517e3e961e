CREATE TABLE t (id integer PRIMARY KEY, a text, b text, CONSTRAINT t_a_b_key UNIQUE (a, b));
