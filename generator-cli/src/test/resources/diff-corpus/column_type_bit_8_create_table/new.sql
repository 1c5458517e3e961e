CREATE TABLE t (id integer PRIMARY KEY, v bit(8) NOT NULL);
