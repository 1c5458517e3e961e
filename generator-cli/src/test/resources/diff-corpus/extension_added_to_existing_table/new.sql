CREATE EXTENSION hstore;
CREATE EXTENSION ltree;
CREATE TABLE docs (id bigint PRIMARY KEY, title text, attrs hstore, path ltree NOT NULL DEFAULT 'top');
