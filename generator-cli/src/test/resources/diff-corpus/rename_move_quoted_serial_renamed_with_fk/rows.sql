SELECT * FROM "Billing"."Invoices" ORDER BY 1;
SELECT * FROM sales.lines ORDER BY id;
SELECT schemaname, sequencename, last_value FROM pg_sequences WHERE schemaname IN ('public', 'Billing') ORDER BY 1, 2;
