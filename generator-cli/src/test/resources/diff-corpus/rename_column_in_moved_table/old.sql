CREATE SCHEMA billing;
CREATE TABLE public.invoices (id integer PRIMARY KEY, total numeric NOT NULL, CONSTRAINT invoices_total_check CHECK (total >= 0));
CREATE INDEX invoices_total_idx ON public.invoices (total);
INSERT INTO public.invoices VALUES (1, 5), (2, 7.25);
