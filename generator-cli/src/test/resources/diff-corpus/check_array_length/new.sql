CREATE TABLE t (id integer PRIMARY KEY, tags text[] CHECK (cardinality(tags) <= 10));
