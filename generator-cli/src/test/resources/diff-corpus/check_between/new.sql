CREATE TABLE t (id integer PRIMARY KEY, p integer CONSTRAINT p_range CHECK (p BETWEEN 1 AND 5));
