-- Shale migration (up)
-- from: snapshot d69e95daac4e204a37b1b3473572bf87
-- to:   snapshot 9f9f14710d4b4935b501663138a92d51
-- shale:transactional true
-- shale:hazards none
--
-- Changes:
--   add column public.users.active
--
-- Hazards:
--   none

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TABLE public.users ADD COLUMN active boolean DEFAULT true NOT NULL;
