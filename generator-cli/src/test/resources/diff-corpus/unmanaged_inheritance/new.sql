CREATE TABLE base (id integer);
CREATE TABLE child (extra text) INHERITS (base);
