CREATE TYPE st AS ENUM ('open', 'closed');
CREATE TABLE t (id integer, s st);
