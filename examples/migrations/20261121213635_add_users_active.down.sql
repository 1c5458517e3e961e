-- Shale migration (down)
-- from: snapshot 9f9f14710d4b4935b501663138a92d51
-- to:   snapshot d69e95daac4e204a37b1b3473572bf87
-- shale:transactional true
-- shale:hazards data-loss
--
-- Changes:
--   drop column public.users.active
--
-- Hazards:
--   data loss: Dropping column public.users.active deletes its values.

ALTER TABLE public.users DROP COLUMN active;
