CREATE SCHEMA "HotelOps";
CREATE EXTENSION btree_gist;
CREATE TABLE "HotelOps"."RoomBookings" ("Id" bigint PRIMARY KEY, "RoomId" integer NOT NULL, "Stay" daterange NOT NULL);
INSERT INTO "HotelOps"."RoomBookings" VALUES (1, 1, '[2026-01-01, 2026-01-03)'), (2, 1, '[2026-01-03, 2026-01-05)'), (3, 2, '[2026-01-01, 2026-01-03)');
