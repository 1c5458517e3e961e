CREATE TABLE t (id integer PRIMARY KEY, v double precision DEFAULT 0.25);
