CREATE TABLE t (id integer PRIMARY KEY, v integer DEFAULT 7);
