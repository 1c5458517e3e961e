CREATE SCHEMA catalog;
CREATE SCHEMA sales;
CREATE TYPE catalog.unit AS ENUM ('piece', 'kg', 'litre');
CREATE TABLE catalog.products (id bigint PRIMARY KEY, sku varchar(64) NOT NULL UNIQUE, unit catalog.unit NOT NULL DEFAULT 'piece', discontinued boolean NOT NULL DEFAULT false);
CREATE TABLE sales.order_lines (order_id bigint, product_id bigint REFERENCES catalog.products ON DELETE CASCADE, qty integer NOT NULL DEFAULT 1 CHECK (qty > 0), unit catalog.unit);
CREATE INDEX order_lines_live ON sales.order_lines (product_id) WHERE qty > 0;
