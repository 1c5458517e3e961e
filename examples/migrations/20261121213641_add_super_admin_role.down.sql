-- Shale migration (down)
-- from: snapshot 3c0645612f6d9b6e25c7971a191057be
-- to:   snapshot 9f9f14710d4b4935b501663138a92d51
-- shale:transactional true
-- shale:hazards data-loss,table-rewrite
--
-- Changes:
--   recreate enum public.role: remove SUPER_ADMIN
--
-- Hazards:
--   data loss: Recreating enum public.role removes value SUPER_ADMIN; rows still holding it make the migration fail.
--   table rewrite: Converting public.users to the recreated enum public.role rewrites the table under an exclusive lock.

ALTER TYPE public.role RENAME TO role__old;

CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN');

ALTER TABLE public.users
    ALTER COLUMN role DROP DEFAULT,
    ALTER COLUMN role TYPE public.role USING role::text::public.role,
    ALTER COLUMN role SET DEFAULT 'CLIENT';

DROP TYPE public.role__old;
