-- Shale migration (up)
-- from: snapshot 91b54745b2d6fd26aaa4f44de6e0470c
-- to:   snapshot 26c4859dd8a0086671efc8f5fad6c1eb
-- shale:transactional true
-- shale:hazards long-lock
--
-- Changes:
--   add column public.support_tickets.ticket_number
--   add unique constraint support_tickets_ticket_number_key on public.support_tickets
--
-- Hazards:
--   long lock: Adding unique constraint support_tickets_ticket_number_key builds its index on public.support_tickets under an exclusive lock.

ALTER TABLE public.support_tickets ADD COLUMN ticket_number varchar(32);

ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_ticket_number_key UNIQUE (ticket_number);
