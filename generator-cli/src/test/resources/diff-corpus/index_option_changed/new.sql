CREATE TABLE t (id integer PRIMARY KEY, n integer, s text);
CREATE INDEX t_n ON t (n DESC NULLS LAST) WITH (fillfactor = 80);
CREATE INDEX t_s ON t (s COLLATE "POSIX" text_pattern_ops) WITH (fillfactor = 90);
