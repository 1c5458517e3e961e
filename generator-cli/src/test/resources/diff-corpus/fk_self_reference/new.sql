CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer REFERENCES nodes ON DELETE CASCADE);
