CREATE TABLE "references" ("references" integer, id integer PRIMARY KEY);
CREATE INDEX "references_idx" ON "references" ("references");
