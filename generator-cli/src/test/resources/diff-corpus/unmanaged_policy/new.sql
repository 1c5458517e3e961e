CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY only_active ON users USING (active);
