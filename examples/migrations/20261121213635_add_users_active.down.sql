-- Shale migration (down)
-- from: snapshot 9a209f867e2c0857b830a9100a0f42ac
-- to:   snapshot 26c4859dd8a0086671efc8f5fad6c1eb
-- shale:transactional true
-- shale:hazards data-loss
--
-- Changes:
--   drop column public.users.active
--
-- Hazards:
--   data loss: Dropping column public.users.active deletes its values.

ALTER TABLE public.users DROP COLUMN active;
