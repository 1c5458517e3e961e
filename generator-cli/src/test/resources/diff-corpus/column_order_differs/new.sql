CREATE TABLE t (b text, a integer);
