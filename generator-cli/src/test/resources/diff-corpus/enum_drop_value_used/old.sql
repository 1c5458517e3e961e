CREATE TYPE mood AS ENUM ('happy', 'sad', 'calm');
CREATE TABLE t (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'happy');
