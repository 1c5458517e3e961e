CREATE TABLE "check" ("check" integer, id integer PRIMARY KEY);
CREATE INDEX "check_idx" ON "check" ("check");
