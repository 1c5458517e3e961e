CREATE SCHEMA sales;
CREATE SCHEMA billing;
CREATE TABLE sales.customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES sales.customers (id) ON DELETE CASCADE);
CREATE TABLE sales.payments (id integer PRIMARY KEY, invoice_id integer NOT NULL REFERENCES billing.invoices (id));
INSERT INTO sales.customers VALUES (1, 'Ada'), (2, 'Bo');
INSERT INTO billing.invoices VALUES (10, 1), (11, 2), (12, 2);
INSERT INTO sales.payments VALUES (100, 10), (101, 12);
