CREATE TABLE t (id integer PRIMARY KEY, email text CHECK (email ~* '^[^@]+@[^@]+$'));
