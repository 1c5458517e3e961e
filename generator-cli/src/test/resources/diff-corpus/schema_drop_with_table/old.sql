CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY);
