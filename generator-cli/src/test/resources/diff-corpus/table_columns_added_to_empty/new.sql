CREATE TABLE nothing (id integer);
