CREATE TABLE "Stock" ("Qty" integer);
