CREATE TABLE "größe" ("maß" integer, "名前" text);
