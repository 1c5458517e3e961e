CREATE TABLE "user" ("id" integer PRIMARY KEY, "group" text CHECK ("group" <> ''));
CREATE TABLE "order" ("user" integer REFERENCES "user", "limit" integer);
CREATE INDEX ON "order" ("limit") WHERE "limit" > 0;
