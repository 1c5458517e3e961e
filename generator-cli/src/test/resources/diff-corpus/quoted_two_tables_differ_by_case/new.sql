CREATE TABLE users (id integer);
CREATE TABLE "Users" (id integer);
CREATE TABLE "USERS" (id integer);
