CREATE TABLE items (name text);
INSERT INTO items VALUES ('a'), ('b'), ('c');
