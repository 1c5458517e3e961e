CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
CREATE INDEX t_idx ON t (b) WHERE b IS NOT NULL;
