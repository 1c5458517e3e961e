CREATE TABLE "Users" ("Id" integer PRIMARY KEY, "EmailAddress" text NOT NULL);
