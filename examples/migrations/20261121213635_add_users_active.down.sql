-- Shale migration (down)
-- from: snapshot 9f9f14710d4b4935b501663138a92d51
-- to:   snapshot d69e95daac4e204a37b1b3473572bf87
-- shale:transactional true
-- shale:hazards backward-incompatible,data-loss
-- shale:hazard drop-column error public.users.active
-- shale:hazard backward-incompatible-drop warning public.users.active
-- shale:loses column public.users.active
--
-- Changes:
--   drop column public.users.active
--
-- Hazards:
--   drop-column (error, data loss) public.users.active: Dropping column public.users.active deletes its values.
--     safer: Stop reading the column in a release first, then drop it in a later migration.
--   backward-incompatible-drop (warning, backward incompatible) public.users.active: The release still running fails where it reads or writes column public.users.active, dropped here.
--     safer: Deploy a release that no longer uses it first, then drop it.

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '1min';
ALTER TABLE public.users DROP COLUMN active;
