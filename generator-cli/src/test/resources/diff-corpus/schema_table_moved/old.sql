CREATE SCHEMA archive;
CREATE TABLE public.logs (id integer PRIMARY KEY);
