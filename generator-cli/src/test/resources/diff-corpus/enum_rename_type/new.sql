CREATE TYPE feeling AS ENUM ('happy', 'sad');
