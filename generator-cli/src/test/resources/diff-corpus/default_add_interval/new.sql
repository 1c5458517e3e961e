CREATE TABLE t (id integer PRIMARY KEY, v interval DEFAULT '1 day');
