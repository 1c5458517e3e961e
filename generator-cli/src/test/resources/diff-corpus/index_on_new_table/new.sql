CREATE TABLE t (id integer PRIMARY KEY, a text);
CREATE INDEX t_a ON t (a);
