-- Shale migration (down)
-- from: snapshot d69e95daac4e204a37b1b3473572bf87
-- to:   snapshot 31fe57ad5a17823763e37588a3976130
-- shale:transactional true
-- shale:hazards backward-incompatible,data-loss
-- shale:hazard drop-column error public.support_tickets.ticket_number
-- shale:hazard backward-incompatible-drop warning public.support_tickets.ticket_number
-- shale:loses column public.support_tickets.ticket_number
--
-- Changes:
--   drop unique constraint support_tickets_ticket_number_key on public.support_tickets
--   drop column public.support_tickets.ticket_number
--
-- Hazards:
--   drop-column (error, data loss) public.support_tickets.ticket_number: Dropping column public.support_tickets.ticket_number deletes its values.
--     safer: Stop reading the column in a release first, then drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.support_tickets.ticket_number: The release still running fails where it reads or writes column public.support_tickets.ticket_number, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TABLE public.support_tickets DROP CONSTRAINT support_tickets_ticket_number_key;
ALTER TABLE public.support_tickets DROP COLUMN ticket_number;
