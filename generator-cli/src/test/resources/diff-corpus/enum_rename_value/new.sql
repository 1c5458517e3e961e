CREATE TYPE mood AS ENUM ('happy', 'unhappy');
