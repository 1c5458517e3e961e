CREATE TABLE "desc" ("desc" integer, id integer PRIMARY KEY);
CREATE INDEX "desc_idx" ON "desc" ("desc");
