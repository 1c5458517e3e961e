CREATE TABLE t (id integer PRIMARY KEY, v timestamp DEFAULT '2020-01-01 10:00:00');
