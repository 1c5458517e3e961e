CREATE SCHEMA "order";
CREATE TABLE "order"."user" ("select" integer);
