CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Line State" AS ENUM ('Open', 'Done');
CREATE TABLE "Billing"."Invoice Lines" ("Line Id" integer PRIMARY KEY, "Quantity" integer NOT NULL, state "Billing"."Line State" NOT NULL);
INSERT INTO "Billing"."Invoice Lines" VALUES (1, 3, 'Open'), (2, 4, 'Done');
