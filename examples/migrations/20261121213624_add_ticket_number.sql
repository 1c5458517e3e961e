-- Shale migration (up)
-- from: snapshot 31fe57ad5a17823763e37588a3976130
-- to:   snapshot d69e95daac4e204a37b1b3473572bf87
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
