CREATE TABLE t (n integer, s text, v varchar(20));
