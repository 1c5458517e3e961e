CREATE TABLE r2 (id integer PRIMARY KEY, c circle, CONSTRAINT r2_old_excl EXCLUDE USING gist (c WITH &&));
INSERT INTO r2 VALUES (1, '<(0,0),1>');
