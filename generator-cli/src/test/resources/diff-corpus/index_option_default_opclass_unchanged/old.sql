CREATE TABLE t (n integer, s text);
CREATE INDEX t_n_s ON t (n, s);
INSERT INTO t VALUES (1, 'a'), (2, NULL);
