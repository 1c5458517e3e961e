CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE POLICY p ON users USING (active);
