CREATE TABLE t (id integer PRIMARY KEY, a text CONSTRAINT t_a_unique UNIQUE);
