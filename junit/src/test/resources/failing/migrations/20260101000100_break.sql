-- Test fixture of shale-junit: a migration that fails.
INSERT INTO no_such_table (title) VALUES ('never');
