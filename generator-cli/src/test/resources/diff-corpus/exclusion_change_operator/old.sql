CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange NOT NULL, CONSTRAINT slots_excl EXCLUDE USING gist (during WITH &&));
INSERT INTO slots VALUES (1, '[2026-01-01 10:00, 2026-01-01 11:00)'), (2, '[2026-01-01 12:00, 2026-01-01 13:00)');
