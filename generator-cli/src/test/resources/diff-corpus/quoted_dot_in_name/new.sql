CREATE TABLE "a.b" ("c.d" integer);
