CREATE TABLE t$1 (col$ integer, "1st" integer);
