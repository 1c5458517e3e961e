CREATE EXTENSION btree_gist;
CREATE TABLE desks (id integer PRIMARY KEY, desk bigint NOT NULL, during tstzrange NOT NULL, CONSTRAINT desks_excl EXCLUDE USING gist (desk WITH =, during WITH &&));
