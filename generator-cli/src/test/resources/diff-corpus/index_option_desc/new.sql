CREATE TABLE t (at timestamptz);
CREATE INDEX t_at_desc ON t (at DESC);
