CREATE TABLE p (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE c (p_id integer REFERENCES p);
