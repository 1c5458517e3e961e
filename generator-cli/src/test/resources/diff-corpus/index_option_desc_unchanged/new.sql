CREATE TABLE t (n integer, m integer);
CREATE INDEX t_n ON t (n DESC);
