CREATE TABLE t (n integer, s text);
CREATE INDEX t_n_s ON t (n int4_ops, s text_ops);
