CREATE TABLE t (id integer PRIMARY KEY, n integer DEFAULT 1);
