CREATE SCHEMA "Crm";
CREATE TABLE "Crm"."Contacts" ("Id" integer PRIMARY KEY, "Email" text, "Name" text, note text,
    CONSTRAINT "Contacts_Email_key" UNIQUE ("Email") INCLUDE ("Name", note) WITH (fillfactor = 80));
