CREATE TABLE t (id integer PRIMARY KEY, v numeric(6,2) DEFAULT -0.5);
