CREATE TABLE docs (id integer PRIMARY KEY, updated_at timestamptz);
