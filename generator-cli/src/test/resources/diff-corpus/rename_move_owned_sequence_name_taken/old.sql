CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoices_id_seq;
CREATE TABLE public.invoices (id serial PRIMARY KEY);
INSERT INTO public.invoices DEFAULT VALUES;
