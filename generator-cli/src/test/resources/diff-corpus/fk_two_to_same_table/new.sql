CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE messages (id integer PRIMARY KEY, sender integer REFERENCES users, receiver integer REFERENCES users);
