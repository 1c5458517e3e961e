CREATE TABLE "Parent" ("Id" integer PRIMARY KEY);
CREATE TABLE "Child" ("ParentId" integer CONSTRAINT "Child_Parent_FK" REFERENCES "Parent" ON DELETE CASCADE);
