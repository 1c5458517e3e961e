CREATE SCHEMA s;
CREATE TYPE s.e AS ENUM ('a');
CREATE TYPE public.f AS ENUM ('b');
CREATE TABLE s.t (id integer PRIMARY KEY, e s.e, f public.f);
CREATE TABLE public.u (t_id integer REFERENCES s.t, CHECK (t_id > 0));
CREATE INDEX u_t ON public.u (t_id);
