CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
CREATE TABLE t (code text DEFAULT next_code());
