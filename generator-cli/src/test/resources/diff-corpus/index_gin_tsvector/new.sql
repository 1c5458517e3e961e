CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
CREATE INDEX t_a_fts_gin ON t USING gin (to_tsvector('english', coalesce(a, '')));
