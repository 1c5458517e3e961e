CREATE SCHEMA schema_1;
CREATE TYPE schema_1.status AS ENUM ('a');
CREATE TYPE public.status AS ENUM ('b');
CREATE TABLE t (x schema_1.status, y public.status);
