CREATE TABLE t (n integer CONSTRAINT n_pos CHECK (n > 0));
COMMENT ON CONSTRAINT n_pos ON t IS 'why';
