CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
CREATE UNIQUE INDEX t_lower_a_key ON t (lower(a));
