CREATE TABLE "user" ("user" integer, id integer PRIMARY KEY);
CREATE INDEX "user_idx" ON "user" ("user");
