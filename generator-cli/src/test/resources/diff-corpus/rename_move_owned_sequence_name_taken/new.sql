CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoices_id_seq;
CREATE TABLE billing.invoices (id serial PRIMARY KEY);
INSERT INTO billing.invoices DEFAULT VALUES;
