CREATE TABLE t (id integer PRIMARY KEY, at timestamptz DEFAULT clock_timestamp());
