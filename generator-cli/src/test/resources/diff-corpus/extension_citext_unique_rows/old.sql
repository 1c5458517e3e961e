CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
INSERT INTO users VALUES (1, 'Alice@Example.com'), (2, 'bob@example.com');
