-- Shale migration (down)
-- from: snapshot 26c4859dd8a0086671efc8f5fad6c1eb
-- to:   snapshot 91b54745b2d6fd26aaa4f44de6e0470c
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
