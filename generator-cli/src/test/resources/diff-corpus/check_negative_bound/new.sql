CREATE TABLE t (id integer PRIMARY KEY, temp integer CHECK (temp > -273));
