CREATE TABLE "T" ("Id" integer NOT NULL);
