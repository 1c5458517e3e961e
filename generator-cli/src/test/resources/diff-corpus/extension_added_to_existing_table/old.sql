CREATE TABLE docs (id bigint PRIMARY KEY, title text);
INSERT INTO docs VALUES (1, 'a'), (2, 'b');
