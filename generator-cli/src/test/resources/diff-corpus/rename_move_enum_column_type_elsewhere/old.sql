CREATE SCHEMA types;
CREATE SCHEMA billing;
CREATE TYPE types.currency AS ENUM ('EUR', 'USD');
CREATE TABLE public.invoices (id integer PRIMARY KEY, currency types.currency NOT NULL DEFAULT 'EUR', currencies types.currency[]);
CREATE INDEX invoices_currency_idx ON public.invoices (currency) WHERE currency = 'USD';
INSERT INTO public.invoices VALUES (1, 'USD', '{EUR,USD}'), (2, 'EUR', NULL);
