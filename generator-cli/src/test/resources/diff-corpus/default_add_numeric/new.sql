CREATE TABLE t (id integer PRIMARY KEY, v numeric(10,2) DEFAULT 9.99);
