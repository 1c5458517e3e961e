CREATE TABLE t (id integer PRIMARY KEY, starts timestamptz, ends timestamptz, CHECK (ends > starts));
