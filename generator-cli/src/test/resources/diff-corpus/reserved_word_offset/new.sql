CREATE TABLE "offset" ("offset" integer, id integer PRIMARY KEY);
CREATE INDEX "offset_idx" ON "offset" ("offset");
