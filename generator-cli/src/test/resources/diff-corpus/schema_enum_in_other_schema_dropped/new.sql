CREATE SCHEMA s;
CREATE TABLE public.t (v text);
