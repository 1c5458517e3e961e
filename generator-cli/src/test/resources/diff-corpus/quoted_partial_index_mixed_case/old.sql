CREATE TABLE "T" ("Flag" boolean, "V" integer);
