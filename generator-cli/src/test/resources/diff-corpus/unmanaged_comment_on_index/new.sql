CREATE TABLE t (n integer);
CREATE INDEX t_n ON t (n);
COMMENT ON INDEX t_n IS 'why';
