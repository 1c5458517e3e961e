CREATE TABLE "table" ("table" integer, id integer PRIMARY KEY);
CREATE INDEX "table_idx" ON "table" ("table");
