CREATE TYPE mood AS ENUM ('a', 'd');
