CREATE TABLE t (id integer PRIMARY KEY, v bytea DEFAULT '\x00');
