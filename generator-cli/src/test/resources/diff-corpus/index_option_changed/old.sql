CREATE TABLE t (id integer PRIMARY KEY, n integer, s text);
CREATE INDEX t_n ON t (n);
CREATE INDEX t_s ON t (s COLLATE "C" text_pattern_ops) WITH (fillfactor = 70);
