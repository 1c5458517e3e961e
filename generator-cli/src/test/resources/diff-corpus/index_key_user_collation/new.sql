CREATE COLLATION public.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE "Tags" (id int PRIMARY KEY, "Label" text);
CREATE INDEX "Tags_Label_ci" ON "Tags" ("Label" COLLATE public.ci);
