SELECT * FROM billing.invoices ORDER BY id;
SELECT schemaname, sequencename, last_value FROM pg_sequences WHERE schemaname IN ('public', 'billing') ORDER BY 1, 2;
