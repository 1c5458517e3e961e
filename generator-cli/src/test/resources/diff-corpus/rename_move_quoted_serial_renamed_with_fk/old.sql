CREATE SCHEMA "Billing";
CREATE SCHEMA sales;
CREATE TABLE public."Invoice" ("Id" serial PRIMARY KEY, "No" integer GENERATED ALWAYS AS IDENTITY (START WITH 7), label text);
CREATE TABLE sales.lines (id integer PRIMARY KEY, invoice_id integer REFERENCES public."Invoice" ("Id") ON DELETE SET NULL);
INSERT INTO public."Invoice" (label) VALUES ('a'), ('b');
INSERT INTO sales.lines VALUES (1, 1), (2, 2), (3, NULL);
