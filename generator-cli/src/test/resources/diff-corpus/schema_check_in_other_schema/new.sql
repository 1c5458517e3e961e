CREATE SCHEMA s;
CREATE TABLE s.t (n integer CHECK (n > 0));
