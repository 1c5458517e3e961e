CREATE TABLE "Box" ("W" integer, "H" integer);
