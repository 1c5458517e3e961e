CREATE TYPE mood AS ENUM ('happy', 'calm', 'sad');
