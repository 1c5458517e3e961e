CREATE SCHEMA s;
CREATE TYPE s.e AS ENUM ('a');
CREATE TABLE public.t (v s.e);
