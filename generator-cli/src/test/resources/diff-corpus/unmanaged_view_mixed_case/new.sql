CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE VIEW "ActiveUsers" AS SELECT id FROM users;
