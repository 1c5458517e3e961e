CREATE TABLE t (c uuid, d date);
