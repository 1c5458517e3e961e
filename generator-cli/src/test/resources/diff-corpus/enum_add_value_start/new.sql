CREATE TYPE mood AS ENUM ('calm', 'happy', 'sad');
