CREATE SCHEMA crm;
CREATE TABLE crm.customers (id integer PRIMARY KEY);
CREATE TABLE public.orders (id integer PRIMARY KEY, customer_id integer REFERENCES crm.customers);
