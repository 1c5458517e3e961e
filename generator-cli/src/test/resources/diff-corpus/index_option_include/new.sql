CREATE TABLE t (id integer, v text);
CREATE UNIQUE INDEX t_id_inc ON t (id) INCLUDE (v);
