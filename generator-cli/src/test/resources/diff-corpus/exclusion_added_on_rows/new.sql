CREATE TABLE meetings (id integer PRIMARY KEY, during tsrange NOT NULL, CONSTRAINT meetings_no_overlap EXCLUDE USING gist (during WITH &&));
