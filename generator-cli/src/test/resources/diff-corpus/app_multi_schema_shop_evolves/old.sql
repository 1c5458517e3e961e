CREATE SCHEMA catalog;
CREATE SCHEMA sales;
CREATE TYPE catalog.unit AS ENUM ('piece', 'kg');
CREATE TABLE catalog.products (id bigint PRIMARY KEY, sku varchar(32) NOT NULL UNIQUE, unit catalog.unit NOT NULL DEFAULT 'piece');
CREATE TABLE sales.order_lines (order_id bigint, product_id bigint REFERENCES catalog.products, qty integer);
