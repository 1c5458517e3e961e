CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
CREATE INDEX t_b_positive ON t (b) WHERE b > 0;
