CREATE TABLE rooms (room integer, during tstzrange);
