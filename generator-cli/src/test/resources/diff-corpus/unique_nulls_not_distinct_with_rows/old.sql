CREATE TABLE "Members" (id int PRIMARY KEY, "Team" int, nick text);
INSERT INTO "Members" VALUES (1, 1, 'a'), (2, 1, NULL), (3, 2, NULL), (4, NULL, 'b');
