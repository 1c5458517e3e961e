CREATE TABLE t (id integer PRIMARY KEY, doc jsonb CHECK (jsonb_typeof(doc) = 'object'));
