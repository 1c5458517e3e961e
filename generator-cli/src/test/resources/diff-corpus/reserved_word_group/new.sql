CREATE TABLE "group" ("group" integer, id integer PRIMARY KEY);
CREATE INDEX "group_idx" ON "group" ("group");
