CREATE TABLE t (id integer PRIMARY KEY, v varchar(40));
CREATE INDEX t_v_idx ON t (v);
