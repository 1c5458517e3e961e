CREATE TABLE codes (id integer PRIMARY KEY, code text NOT NULL, area point);
