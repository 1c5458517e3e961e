CREATE TABLE "Users" ("Id" integer);
COMMENT ON COLUMN "Users"."Id" IS 'key';
