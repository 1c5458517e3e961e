CREATE TABLE t (id integer PRIMARY KEY, email text, email_lower text GENERATED ALWAYS AS (lower(email)) STORED);
