CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE VIEW v AS SELECT id FROM users;
