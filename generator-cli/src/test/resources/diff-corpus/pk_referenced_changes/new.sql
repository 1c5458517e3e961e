CREATE TABLE p (id integer NOT NULL UNIQUE, code text PRIMARY KEY);
CREATE TABLE c (p_id integer REFERENCES p (id));
