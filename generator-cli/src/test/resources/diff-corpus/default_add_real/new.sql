CREATE TABLE t (id integer PRIMARY KEY, v real DEFAULT 1.5);
