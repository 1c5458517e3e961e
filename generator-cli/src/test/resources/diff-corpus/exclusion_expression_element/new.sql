CREATE TABLE shifts (id integer PRIMARY KEY, starts timestamp NOT NULL, ends timestamp NOT NULL,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (tsrange(starts, ends) WITH &&));
