CREATE TYPE role AS ENUM ('CLIENT', 'ADMIN', 'SUPER_ADMIN');
CREATE TABLE users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email varchar(255) NOT NULL UNIQUE, name text NOT NULL DEFAULT '', role role NOT NULL DEFAULT 'CLIENT');
CREATE TABLE tickets (id bigint PRIMARY KEY, user_id uuid REFERENCES users ON DELETE CASCADE, body text, closed boolean NOT NULL DEFAULT false);
CREATE INDEX tickets_open ON tickets (user_id) WHERE NOT closed;
CREATE TABLE audit (at timestamptz NOT NULL DEFAULT now(), who uuid REFERENCES users ON DELETE SET NULL, what jsonb);
