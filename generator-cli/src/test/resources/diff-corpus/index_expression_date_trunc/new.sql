CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, c timestamptz, doc jsonb, tags text[]);
CREATE INDEX t_c_day ON t (date_trunc('day', c AT TIME ZONE 'UTC'));
