CREATE SCHEMA "HotelOps";
CREATE EXTENSION btree_gist;
CREATE TABLE "HotelOps"."RoomBookings" ("Id" bigint PRIMARY KEY, "RoomId" integer NOT NULL, "Stay" daterange NOT NULL,
    CONSTRAINT "No Double Booking" EXCLUDE USING gist ("RoomId" WITH =, "Stay" WITH &&));
