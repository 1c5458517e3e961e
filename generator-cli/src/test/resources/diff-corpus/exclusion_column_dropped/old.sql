CREATE TABLE zones (id integer PRIMARY KEY, area box, CONSTRAINT zones_area_excl EXCLUDE USING gist (area WITH &&));
INSERT INTO zones VALUES (1, '((0,0),(1,1))'), (2, '((2,2),(3,3))');
