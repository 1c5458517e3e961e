CREATE TABLE "primary" ("primary" integer, id integer PRIMARY KEY);
CREATE INDEX "primary_idx" ON "primary" ("primary");
