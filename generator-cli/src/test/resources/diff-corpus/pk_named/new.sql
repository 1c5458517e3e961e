CREATE TABLE t (id integer NOT NULL, CONSTRAINT t_primary PRIMARY KEY (id));
