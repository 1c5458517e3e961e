CREATE FUNCTION is_even(i integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT i % 2 = 0 $$;
CREATE TABLE t (n integer CHECK (is_even(n)));
