-- Shale migration (up)
-- shale:transactional true

CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customers (id),
    total numeric(10, 2) NOT NULL CHECK (total >= 0)
);

INSERT INTO public.orders (customer_id, total)
SELECT id, 42.00 FROM public.customers WHERE email = 'ada@example.com';
