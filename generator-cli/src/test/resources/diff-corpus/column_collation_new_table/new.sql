CREATE TABLE t (id integer, code varchar(10) COLLATE "POSIX");
