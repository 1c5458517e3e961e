CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (p_id integer);
