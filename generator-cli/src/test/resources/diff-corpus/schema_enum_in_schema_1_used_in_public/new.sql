CREATE SCHEMA schema_1;
CREATE TYPE schema_1.status AS ENUM ('on', 'off');
CREATE TABLE public.devices (id integer PRIMARY KEY, status schema_1.status NOT NULL DEFAULT 'off');
