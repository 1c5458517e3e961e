CREATE TABLE a (id integer, other integer);
CREATE SEQUENCE s OWNED BY a.other;
CREATE SEQUENCE t OWNED BY a.id;
