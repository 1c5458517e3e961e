CREATE TYPE role AS ENUM ('CLIENT', 'ADMIN', 'SUPER_ADMIN');
CREATE TABLE users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email varchar(255) NOT NULL UNIQUE, name text,
  active boolean NOT NULL DEFAULT true, role role NOT NULL, created_at timestamptz DEFAULT now());
CREATE TABLE support_tickets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid REFERENCES users ON DELETE CASCADE, ticket_number varchar(32) UNIQUE, content text,
  priority integer NOT NULL CHECK (priority BETWEEN 1 AND 5), created_at timestamptz DEFAULT now());
CREATE INDEX support_tickets_user_created ON support_tickets (user_id, created_at);
COMMENT ON TABLE users IS 'People who log in';
