CREATE EXTENSION btree_gist;
CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL, during tstzrange NOT NULL, note text, cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) INCLUDE (note) WITH (fillfactor = 70) WHERE (NOT cancelled) DEFERRABLE INITIALLY DEFERRED);
