CREATE TYPE role AS ENUM ('CLIENT', 'ADMIN');
CREATE TABLE users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email varchar(100) NOT NULL, name text);
CREATE TABLE tickets (id bigint PRIMARY KEY, user_id uuid REFERENCES users);
