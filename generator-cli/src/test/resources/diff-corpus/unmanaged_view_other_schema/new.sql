CREATE SCHEMA rpt;
CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
CREATE VIEW rpt.user_count AS SELECT count(*) FROM public.users;
