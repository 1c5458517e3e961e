CREATE TABLE t (id integer PRIMARY KEY, v character varying(40));
