CREATE TABLE items (id integer PRIMARY KEY);
COMMENT ON COLUMN items.id IS 'The key';
