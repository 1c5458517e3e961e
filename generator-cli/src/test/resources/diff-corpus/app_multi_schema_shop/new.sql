CREATE SCHEMA catalog;
CREATE SCHEMA sales;
CREATE TYPE catalog.unit AS ENUM ('piece', 'kg', 'litre');
CREATE TABLE catalog.products (id bigint PRIMARY KEY, sku varchar(32) NOT NULL UNIQUE, unit catalog.unit NOT NULL DEFAULT 'piece', price numeric(10,2) CHECK (price >= 0));
CREATE TABLE sales."Orders" ("Id" bigint PRIMARY KEY, placed_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE sales.order_lines (order_id bigint REFERENCES sales."Orders" ON DELETE CASCADE, product_id bigint REFERENCES catalog.products ON DELETE RESTRICT, qty integer NOT NULL CHECK (qty > 0), unit catalog.unit NOT NULL, PRIMARY KEY (order_id, product_id));
CREATE INDEX order_lines_product ON sales.order_lines (product_id);
