CREATE SCHEMA "Crm";
CREATE TABLE "Crm"."Contacts" ("Id" integer PRIMARY KEY, "Email" text, "Name" text, note text,
    CONSTRAINT "Contacts_Email_key" UNIQUE ("Email") INCLUDE ("Name"));
INSERT INTO "Crm"."Contacts" VALUES (1, 'a@x', 'A', 'n'), (2, NULL, NULL, NULL), (3, NULL, 'C', NULL);
