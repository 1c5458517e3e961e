CREATE TABLE "from" ("from" integer, id integer PRIMARY KEY);
CREATE INDEX "from_idx" ON "from" ("from");
