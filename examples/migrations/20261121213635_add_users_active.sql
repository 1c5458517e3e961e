-- Shale migration (up)
-- from: snapshot 26c4859dd8a0086671efc8f5fad6c1eb
-- to:   snapshot 9a209f867e2c0857b830a9100a0f42ac
-- shale:transactional true
-- shale:hazards none
--
-- Changes:
--   add column public.users.active
--
-- Hazards:
--   none

ALTER TABLE public.users ADD COLUMN active boolean DEFAULT true NOT NULL;
