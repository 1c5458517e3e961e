CREATE TYPE mood AS ENUM ('happy', 'sad', 'calm');
CREATE TABLE t (m mood DEFAULT 'calm');
