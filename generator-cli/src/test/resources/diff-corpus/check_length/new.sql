CREATE TABLE t (id integer PRIMARY KEY, code varchar(10) CHECK (char_length(code) >= 3));
