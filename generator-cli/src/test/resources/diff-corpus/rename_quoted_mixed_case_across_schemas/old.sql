CREATE SCHEMA "Billing";
CREATE TYPE public."Line State" AS ENUM ('Open', 'Closed');
CREATE TABLE public."Invoice Lines" ("Line Id" integer PRIMARY KEY, "Qty" integer NOT NULL, state public."Line State" NOT NULL);
INSERT INTO public."Invoice Lines" VALUES (1, 3, 'Open'), (2, 4, 'Closed');
