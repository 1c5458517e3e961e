CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, status billing.invoice_status NOT NULL DEFAULT 'draft');
INSERT INTO billing.invoices VALUES (1, 'draft'), (2, 'paid');
