CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Orders" ("OrderId" integer PRIMARY KEY);
