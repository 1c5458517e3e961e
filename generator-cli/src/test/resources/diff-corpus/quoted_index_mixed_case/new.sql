CREATE TABLE "Users" ("Email" text);
CREATE UNIQUE INDEX "Users_Email_Lower" ON "Users" (lower("Email"));
