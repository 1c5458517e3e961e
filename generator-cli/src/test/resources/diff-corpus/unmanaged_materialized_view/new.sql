CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE MATERIALIZED VIEW user_names AS SELECT name FROM users;
