CREATE TABLE t (id integer PRIMARY KEY, v boolean DEFAULT false);
