CREATE TABLE t (id integer PRIMARY KEY, v integer[] DEFAULT ARRAY[1, 2, 3]);
