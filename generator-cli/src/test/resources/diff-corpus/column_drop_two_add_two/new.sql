CREATE TABLE t (id integer PRIMARY KEY, c text, d text);
