CREATE TABLE t (n integer, v text);
