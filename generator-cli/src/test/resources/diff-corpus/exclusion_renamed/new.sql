CREATE TABLE r2 (id integer PRIMARY KEY, c circle, CONSTRAINT r2_c_excl EXCLUDE USING gist (c WITH &&));
