CREATE TABLE "Users" ("Id" integer PRIMARY KEY);
