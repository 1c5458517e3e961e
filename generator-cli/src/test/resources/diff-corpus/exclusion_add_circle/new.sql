CREATE TABLE r (c circle, CONSTRAINT r_no_overlap EXCLUDE USING gist (c WITH &&));
