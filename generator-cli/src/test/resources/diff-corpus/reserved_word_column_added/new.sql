CREATE TABLE t (id integer, "from" date, "to" date, CHECK ("from" <= "to"));
