CREATE TABLE t (id integer PRIMARY KEY, n integer CHECK (n > 0));
