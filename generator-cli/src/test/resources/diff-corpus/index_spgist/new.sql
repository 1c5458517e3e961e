CREATE TABLE t (s text);
CREATE INDEX t_s_sp ON t USING spgist (s);
