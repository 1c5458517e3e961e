CREATE SCHEMA schema_1;
CREATE TYPE schema_1.status AS ENUM ('on', 'off', 'broken');
CREATE TABLE devices (s schema_1.status NOT NULL DEFAULT 'on');
