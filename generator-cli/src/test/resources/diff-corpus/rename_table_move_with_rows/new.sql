CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, total numeric(10,2) NOT NULL, note text);
CREATE INDEX invoices_total_idx ON billing.invoices (total);
INSERT INTO billing.invoices VALUES (1, 10.50, 'first'), (2, 99.00, NULL), (3, 0.01, 'third');
