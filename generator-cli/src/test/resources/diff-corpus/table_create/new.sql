CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);
