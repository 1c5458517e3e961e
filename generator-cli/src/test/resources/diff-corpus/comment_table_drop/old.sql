CREATE TABLE items (id integer PRIMARY KEY);
COMMENT ON TABLE items IS 'old';
