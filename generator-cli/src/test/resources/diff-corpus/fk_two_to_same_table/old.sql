CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE messages (id integer PRIMARY KEY, sender integer, receiver integer);
