CREATE TYPE "Color" AS ENUM ('Red', 'Green');
CREATE TABLE "Paint" ("Shade" "Color" DEFAULT 'Red');
