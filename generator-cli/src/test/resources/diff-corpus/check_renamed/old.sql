CREATE TABLE t (id integer PRIMARY KEY, n integer CONSTRAINT a CHECK (n > 0));
