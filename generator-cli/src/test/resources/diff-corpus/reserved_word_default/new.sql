CREATE TABLE "default" ("default" integer, id integer PRIMARY KEY);
CREATE INDEX "default_idx" ON "default" ("default");
