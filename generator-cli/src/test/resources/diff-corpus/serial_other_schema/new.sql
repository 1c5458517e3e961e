CREATE SCHEMA s;
CREATE TABLE s.t (id smallserial);
