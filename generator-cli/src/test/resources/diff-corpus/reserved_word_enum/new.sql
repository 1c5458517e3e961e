CREATE TYPE "type" AS ENUM ('select', 'from');
CREATE TABLE t ("type" "type");
