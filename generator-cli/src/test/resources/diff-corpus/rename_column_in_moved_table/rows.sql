SELECT * FROM billing.invoices ORDER BY id;
