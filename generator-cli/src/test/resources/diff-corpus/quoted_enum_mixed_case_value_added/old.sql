CREATE TYPE "Color" AS ENUM ('Red', 'Green');
