-- Shale migration (down)
-- from: snapshot d69e95daac4e204a37b1b3473572bf87
-- to:   snapshot 31fe57ad5a17823763e37588a3976130
-- shale:transactional true
-- shale:hazards data-loss
--
-- Changes:
--   drop unique constraint support_tickets_ticket_number_key on public.support_tickets
--   drop column public.support_tickets.ticket_number
--
-- Hazards:
--   data loss: Dropping column public.support_tickets.ticket_number deletes its values.

ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_ticket_number_key;

ALTER TABLE public.support_tickets DROP COLUMN ticket_number;
