CREATE TABLE "Stock" ("Qty" integer CONSTRAINT "Qty_NonNegative" CHECK ("Qty" >= 0));
