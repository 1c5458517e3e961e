CREATE TABLE r (c circle);
