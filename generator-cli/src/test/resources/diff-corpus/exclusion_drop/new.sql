CREATE TABLE r (id integer PRIMARY KEY, c circle);
