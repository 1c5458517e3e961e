CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
