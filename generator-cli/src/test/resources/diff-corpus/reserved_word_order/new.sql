CREATE TABLE "order" ("order" integer, id integer PRIMARY KEY);
CREATE INDEX "order_idx" ON "order" ("order");
