CREATE SCHEMA billing;
CREATE TABLE billing.customers (id integer PRIMARY KEY, created date NOT NULL);
CREATE INDEX created_idx ON billing.customers (created);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, created date NOT NULL);
CREATE INDEX invoices_created_idx ON billing.invoices (created);
INSERT INTO billing.invoices VALUES (1, '2026-01-01'), (2, '2026-02-01');
