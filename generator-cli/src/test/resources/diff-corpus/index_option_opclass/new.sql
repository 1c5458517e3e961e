CREATE TABLE t (s text);
CREATE INDEX t_s_pattern ON t (s text_pattern_ops);
