CREATE TABLE shifts (id integer PRIMARY KEY, starts timestamp NOT NULL, ends timestamp NOT NULL);
INSERT INTO shifts VALUES (1, '2026-01-01 08:00', '2026-01-01 16:00'), (2, '2026-01-01 16:00', '2026-01-02 00:00');
