CREATE TABLE "Parent" ("Id" integer PRIMARY KEY);
CREATE TABLE "Child" ("ParentId" integer);
