CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING;
