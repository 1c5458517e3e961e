CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer);
