CREATE TABLE "end" ("end" integer, id integer PRIMARY KEY);
CREATE INDEX "end_idx" ON "end" ("end");
