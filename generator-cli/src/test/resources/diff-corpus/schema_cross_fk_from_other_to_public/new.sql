CREATE SCHEMA audit;
CREATE TABLE public.users (id integer PRIMARY KEY);
CREATE TABLE audit.logins (id integer PRIMARY KEY, user_id integer REFERENCES public.users);
