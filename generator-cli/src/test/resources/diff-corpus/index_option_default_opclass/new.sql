CREATE TABLE t (n integer, s text, v varchar(20));
CREATE INDEX t_n_s ON t (n int4_ops, s text_ops);
CREATE INDEX t_v ON t USING hash (v text_ops);
CREATE INDEX t_s_pattern ON t (s text_pattern_ops);
