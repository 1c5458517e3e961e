CREATE TABLE codes (id integer PRIMARY KEY, code text NOT NULL, area point,
    CONSTRAINT codes_code_excl EXCLUDE USING btree (code WITH =),
    CONSTRAINT codes_area_excl EXCLUDE USING spgist (area WITH ~=));
