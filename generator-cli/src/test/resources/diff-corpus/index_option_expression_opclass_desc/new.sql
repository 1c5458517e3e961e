CREATE TABLE t (id integer PRIMARY KEY, s text, at timestamptz);
CREATE INDEX t_lower_s ON t (lower(s) text_pattern_ops DESC, at NULLS FIRST);
