CREATE SCHEMA "Reports";
CREATE VIEW "Reports"."Daily" AS SELECT 1 AS n;
