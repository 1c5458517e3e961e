CREATE SEQUENCE order_no;
CREATE TABLE o (n bigint NOT NULL DEFAULT nextval('order_no'), m integer);
