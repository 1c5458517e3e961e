CREATE TABLE items (name text, id bigserial NOT NULL);
