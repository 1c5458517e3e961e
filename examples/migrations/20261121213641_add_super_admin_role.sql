-- Shale migration (up)
-- from: snapshot 9a209f867e2c0857b830a9100a0f42ac
-- to:   snapshot c4335068ab7237c51923b3f80caecdfa
-- shale:transactional true
-- shale:hazards none
--
-- Changes:
--   add value SUPER_ADMIN to enum public.role
--
-- Hazards:
--   none

ALTER TYPE public.role ADD VALUE IF NOT EXISTS 'SUPER_ADMIN' AFTER 'ADMIN';
