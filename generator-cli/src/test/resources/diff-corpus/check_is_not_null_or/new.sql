CREATE TABLE t (id integer PRIMARY KEY, a text, b text, CONSTRAINT one_of CHECK (a IS NOT NULL OR b IS NOT NULL));
