CREATE TABLE t (id integer PRIMARY KEY, v jsonb DEFAULT '[1, 2]');
