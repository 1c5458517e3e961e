-- Test fixture of shale-junit: a data migration.
INSERT INTO books (title) VALUES ('Dune'), ('Emma'), ('Ulysses');
