CREATE TABLE t (n integer);
CREATE INDEX t_n ON t (n DESC);
