CREATE TABLE items (id integer PRIMARY KEY);
CREATE TABLE tags (id integer PRIMARY KEY);
