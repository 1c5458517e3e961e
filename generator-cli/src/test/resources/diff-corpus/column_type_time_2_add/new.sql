CREATE TABLE t (id integer PRIMARY KEY, v time(2));
