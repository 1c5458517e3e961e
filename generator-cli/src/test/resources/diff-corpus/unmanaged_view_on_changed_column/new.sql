CREATE TABLE users (id integer PRIMARY KEY, name varchar(50), active boolean);
CREATE VIEW v AS SELECT id, name FROM users;
