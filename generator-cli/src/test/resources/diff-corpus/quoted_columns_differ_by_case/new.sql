CREATE TABLE t (a integer, "A" integer);
