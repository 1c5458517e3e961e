CREATE TABLE p (id integer PRIMARY KEY, name text);
CREATE TABLE c (p_id integer REFERENCES p ON DELETE CASCADE);
