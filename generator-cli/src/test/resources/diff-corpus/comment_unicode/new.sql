CREATE TABLE items (id integer PRIMARY KEY);
COMMENT ON TABLE items IS 'Prix en € — ça marche';
