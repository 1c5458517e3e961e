CREATE TABLE t (id integer PRIMARY KEY, v interval day to second NOT NULL);
