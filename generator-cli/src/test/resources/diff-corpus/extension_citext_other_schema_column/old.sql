CREATE TABLE contacts (id bigint PRIMARY KEY);
