CREATE SCHEMA ext;
CREATE EXTENSION citext SCHEMA ext;
CREATE TABLE contacts (id bigint PRIMARY KEY, email ext.citext, aliases ext.citext[]);
