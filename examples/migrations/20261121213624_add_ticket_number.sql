-- Shale migration (up)
-- from: snapshot 31fe57ad5a17823763e37588a3976130
-- to:   snapshot d69e95daac4e204a37b1b3473572bf87
-- shale:transactional true
-- shale:hazards non-transactional
-- shale:hazard non-transactional-step note public.support_tickets.support_tickets_ticket_number_key
-- shale:requires unique public.support_tickets support_tickets_ticket_number_key (((NULL)))
--
-- Changes:
--   add column public.support_tickets.ticket_number
--   add unique constraint support_tickets_ticket_number_key on public.support_tickets
--
-- Hazards:
--   non-transactional-step (note, non-transactional) public.support_tickets.support_tickets_ticket_number_key: Building the unique index of constraint support_tickets_ticket_number_key CONCURRENTLY runs in a non-transactional step: a failure leaves it half-done, and the next migrate resumes it.
--     safer: None needed: the step is written to be retried; review it as such.

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TABLE public.support_tickets ADD COLUMN ticket_number varchar(32);

-- shale:step 2 non-transactional
SET lock_timeout = '500ms';
SET statement_timeout = '0';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS support_tickets_ticket_number_key ON public.support_tickets (ticket_number);

-- shale:step 3 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TABLE public.support_tickets ADD CONSTRAINT support_tickets_ticket_number_key UNIQUE USING INDEX support_tickets_ticket_number_key;
