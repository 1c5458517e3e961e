CREATE TYPE st AS ENUM ('open', 'closed');
CREATE TABLE t (id integer, s st);
CREATE INDEX t_open ON t (id) WHERE s = 'open';
