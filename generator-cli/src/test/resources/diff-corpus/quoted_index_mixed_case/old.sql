CREATE TABLE "Users" ("Email" text);
