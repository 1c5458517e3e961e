SELECT "Line Id", "Quantity", state::text FROM "Billing"."Invoice Lines" ORDER BY 1;
