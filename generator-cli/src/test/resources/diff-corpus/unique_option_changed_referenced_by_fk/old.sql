CREATE TABLE accounts (id int PRIMARY KEY, code text, CONSTRAINT accounts_code_key UNIQUE (code));
CREATE TABLE invites (id int PRIMARY KEY, account_code text REFERENCES accounts (code));
INSERT INTO accounts VALUES (1, 'a'), (2, 'b'), (3, NULL);
INSERT INTO invites VALUES (1, 'a'), (2, NULL);
