CREATE TYPE feeling AS ENUM ('happy', 'sad');
CREATE TABLE t (id integer PRIMARY KEY, m feeling);
