CREATE SCHEMA "Search";
CREATE TABLE "Search"."Docs" (id int PRIMARY KEY, "Title" text);
INSERT INTO "Search"."Docs" VALUES (1, 'hello'), (2, NULL);
