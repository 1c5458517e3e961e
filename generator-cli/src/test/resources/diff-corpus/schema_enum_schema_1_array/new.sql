CREATE SCHEMA schema_1;
CREATE TYPE schema_1.flag AS ENUM ('x', 'y');
CREATE TABLE t (flags schema_1.flag[]);
