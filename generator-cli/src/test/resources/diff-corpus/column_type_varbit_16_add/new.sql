CREATE TABLE t (id integer PRIMARY KEY, v bit varying(16));
