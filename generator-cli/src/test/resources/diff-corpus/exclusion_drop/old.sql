CREATE TABLE r (id integer PRIMARY KEY, c circle, CONSTRAINT r_no_overlap EXCLUDE USING gist (c WITH &&));
INSERT INTO r VALUES (1, '<(0,0),1>'), (2, '<(5,5),1>');
