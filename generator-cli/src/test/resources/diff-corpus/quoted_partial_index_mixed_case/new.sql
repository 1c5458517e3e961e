CREATE TABLE "T" ("Flag" boolean, "V" integer);
CREATE INDEX "T_V" ON "T" ("V") WHERE "Flag";
