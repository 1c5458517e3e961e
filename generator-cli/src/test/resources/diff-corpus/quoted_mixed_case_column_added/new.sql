CREATE TABLE "Users" ("Id" integer PRIMARY KEY, "createdAt" timestamptz DEFAULT now());
