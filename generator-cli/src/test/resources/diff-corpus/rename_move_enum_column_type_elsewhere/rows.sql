SELECT id, currency::text, currencies::text FROM billing.invoices ORDER BY id;
