CREATE EXTENSION hstore;
CREATE TABLE t (attrs hstore);
