CREATE EXTENSION citext;
CREATE TABLE u (id bigint PRIMARY KEY, email citext);
