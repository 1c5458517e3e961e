CREATE TABLE p (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE c (a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (a, b) REFERENCES p MATCH FULL);
