CREATE TABLE slots (id integer PRIMARY KEY, during tstzrange NOT NULL, CONSTRAINT slots_excl EXCLUDE USING gist (during WITH -|-));
