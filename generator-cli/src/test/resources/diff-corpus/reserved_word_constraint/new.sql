CREATE TABLE "constraint" ("constraint" integer, id integer PRIMARY KEY);
CREATE INDEX "constraint_idx" ON "constraint" ("constraint");
