CREATE SCHEMA billing;
CREATE TYPE public.invoice_status AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, status public.invoice_status NOT NULL DEFAULT 'draft');
INSERT INTO billing.invoices VALUES (1, 'draft'), (2, 'paid');
