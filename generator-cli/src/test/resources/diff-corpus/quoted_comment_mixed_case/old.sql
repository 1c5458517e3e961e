CREATE TABLE "Users" ("Id" integer);
