CREATE TYPE mood AS ENUM ('a', 'b', 'c', 'd', 'e');
