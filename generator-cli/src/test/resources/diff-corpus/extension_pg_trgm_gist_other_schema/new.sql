CREATE SCHEMA "Search";
CREATE EXTENSION pg_trgm;
CREATE TABLE "Search"."Docs" (id int PRIMARY KEY, "Title" text);
CREATE INDEX "Docs_Title_trgm" ON "Search"."Docs" USING gist ("Title" gist_trgm_ops);
CREATE INDEX "Docs_Title_gin" ON "Search"."Docs" USING gin ("Title" public.gin_trgm_ops, (lower("Title")) gin_trgm_ops);
