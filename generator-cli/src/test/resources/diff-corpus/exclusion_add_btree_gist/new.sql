CREATE EXTENSION btree_gist;
CREATE TABLE rooms (room integer, during tstzrange, CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));
