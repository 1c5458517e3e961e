CREATE TABLE items (id integer PRIMARY KEY);
COMMENT ON TABLE items IS 'It''s "quoted"; and -- not a comment';
