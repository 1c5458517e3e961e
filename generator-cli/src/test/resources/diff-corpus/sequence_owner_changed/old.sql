CREATE TABLE a (id integer, other integer);
CREATE SEQUENCE s OWNED BY a.id;
CREATE SEQUENCE t;
