CREATE SCHEMA s;
CREATE TABLE s.t (a text);
CREATE INDEX t_a ON s.t (lower(a));
