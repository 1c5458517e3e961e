CREATE TABLE t (a integer NOT NULL, b integer PRIMARY KEY);
