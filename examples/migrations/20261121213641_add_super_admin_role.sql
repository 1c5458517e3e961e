-- Shale migration (up)
-- from: snapshot 9f9f14710d4b4935b501663138a92d51
-- to:   snapshot 3c0645612f6d9b6e25c7971a191057be
-- shale:transactional true
-- shale:hazards none
--
-- Changes:
--   add value SUPER_ADMIN to enum public.role
--
-- Hazards:
--   none

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TYPE public.role ADD VALUE IF NOT EXISTS 'SUPER_ADMIN' AFTER 'ADMIN';
