CREATE TABLE t (id integer PRIMARY KEY, n integer CONSTRAINT b CHECK (n > 0));
