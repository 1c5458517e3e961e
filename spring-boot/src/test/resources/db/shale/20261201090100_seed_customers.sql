-- Shale migration (up): data
-- shale:transactional true

INSERT INTO public.customers (email, name) VALUES
    ('ada@example.com', 'Ada'),
    ('grace@example.com', 'Grace');
