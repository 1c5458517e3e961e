CREATE EXTENSION btree_gist;
CREATE TABLE desks (id integer PRIMARY KEY, desk integer NOT NULL, during tstzrange NOT NULL, CONSTRAINT desks_excl EXCLUDE USING gist (desk WITH =, during WITH &&));
INSERT INTO desks VALUES (1, 1, '[2026-01-01 10:00, 2026-01-01 11:00)'), (2, 1, '[2026-01-01 11:00, 2026-01-01 12:00)');
