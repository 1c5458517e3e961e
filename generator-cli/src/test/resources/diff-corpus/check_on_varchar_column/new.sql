CREATE TABLE t (id integer PRIMARY KEY, s varchar(20) CHECK (s <> 'none'));
