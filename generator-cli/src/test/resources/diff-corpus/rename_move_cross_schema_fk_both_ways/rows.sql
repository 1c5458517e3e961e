SELECT * FROM billing.invoices ORDER BY id;
SELECT * FROM sales.payments ORDER BY id;
