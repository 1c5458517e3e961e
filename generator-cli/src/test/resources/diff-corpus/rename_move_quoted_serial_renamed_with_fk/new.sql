CREATE SCHEMA "Billing";
CREATE SCHEMA sales;
CREATE TABLE "Billing"."Invoices" ("Id" integer NOT NULL, "No" integer GENERATED ALWAYS AS IDENTITY (START WITH 7), label text);
CREATE SEQUENCE "Billing"."Invoice_Id_seq" AS integer OWNED BY "Billing"."Invoices"."Id";
ALTER TABLE "Billing"."Invoices" ALTER COLUMN "Id" SET DEFAULT nextval('"Billing"."Invoice_Id_seq"'::regclass);
ALTER TABLE "Billing"."Invoices" ADD CONSTRAINT "Invoice_pkey" PRIMARY KEY ("Id");
CREATE TABLE sales.lines (id integer PRIMARY KEY, invoice_id integer REFERENCES "Billing"."Invoices" ("Id") ON DELETE SET NULL);
INSERT INTO "Billing"."Invoices" (label) VALUES ('a'), ('b');
INSERT INTO sales.lines VALUES (1, 1), (2, 2), (3, NULL);
