CREATE EXTENSION citext;
CREATE TABLE u (email text);
