CREATE TABLE "Members" (id int PRIMARY KEY, "Team" int, nick text,
    CONSTRAINT "Members_Team_nick_key" UNIQUE NULLS NOT DISTINCT ("Team", nick) INCLUDE (id));
