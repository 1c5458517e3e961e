CREATE TABLE "Box" ("W" integer, "H" integer, "Area" integer GENERATED ALWAYS AS ("W" * "H") STORED);
