CREATE TABLE accounts (id int PRIMARY KEY, code text,
    CONSTRAINT accounts_code_key UNIQUE NULLS NOT DISTINCT (code) INCLUDE (id) WITH (fillfactor = 90));
CREATE TABLE invites (id int PRIMARY KEY, account_code text REFERENCES accounts (code));
