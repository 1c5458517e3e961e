CREATE TABLE children (id integer PRIMARY KEY, parent_id integer);
