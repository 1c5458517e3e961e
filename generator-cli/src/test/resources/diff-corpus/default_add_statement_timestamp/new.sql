CREATE TABLE t (id integer PRIMARY KEY, v timestamptz DEFAULT statement_timestamp());
