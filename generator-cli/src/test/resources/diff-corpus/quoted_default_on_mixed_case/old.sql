CREATE TABLE "T" ("N" integer);
