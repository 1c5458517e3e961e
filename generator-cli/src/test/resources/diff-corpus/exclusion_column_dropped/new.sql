CREATE TABLE zones (id integer PRIMARY KEY);
