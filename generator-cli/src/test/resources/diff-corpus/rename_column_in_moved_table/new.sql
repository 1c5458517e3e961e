CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, amount numeric NOT NULL, CONSTRAINT invoices_total_check CHECK (amount >= 0));
CREATE INDEX invoices_total_idx ON billing.invoices (amount);
INSERT INTO billing.invoices VALUES (1, 5), (2, 7.25);
