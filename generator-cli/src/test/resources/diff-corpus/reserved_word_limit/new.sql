CREATE TABLE "limit" ("limit" integer, id integer PRIMARY KEY);
CREATE INDEX "limit_idx" ON "limit" ("limit");
