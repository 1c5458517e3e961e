CREATE TABLE t (id integer PRIMARY KEY, v uuid DEFAULT gen_random_uuid());
