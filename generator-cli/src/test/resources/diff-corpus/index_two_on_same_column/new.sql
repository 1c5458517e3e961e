CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
CREATE INDEX t_a_1 ON t (a);
CREATE INDEX t_a_2 ON t (a) WHERE b > 0;
