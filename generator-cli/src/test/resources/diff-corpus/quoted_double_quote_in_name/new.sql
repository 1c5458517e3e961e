CREATE TABLE "say ""hi""" ("x""y" integer);
