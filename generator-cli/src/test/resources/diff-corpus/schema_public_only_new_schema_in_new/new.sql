CREATE TABLE t (id integer);
CREATE SCHEMA extra;
CREATE TABLE extra.u (id integer);
