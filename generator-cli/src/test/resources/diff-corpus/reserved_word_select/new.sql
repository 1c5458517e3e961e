CREATE TABLE "select" ("select" integer, id integer PRIMARY KEY);
CREATE INDEX "select_idx" ON "select" ("select");
