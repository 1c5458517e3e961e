CREATE TABLE "column" ("column" integer, id integer PRIMARY KEY);
CREATE INDEX "column_idx" ON "column" ("column");
