SELECT id, status::text FROM billing.invoices ORDER BY id;
