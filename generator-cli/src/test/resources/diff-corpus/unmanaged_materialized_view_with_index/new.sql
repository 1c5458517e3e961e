CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE MATERIALIZED VIEW mv AS SELECT id FROM users;
CREATE UNIQUE INDEX mv_id ON mv (id);
