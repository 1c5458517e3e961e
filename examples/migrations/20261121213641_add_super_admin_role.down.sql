-- Shale migration (down)
-- from: snapshot 3c0645612f6d9b6e25c7971a191057be
-- to:   snapshot 9f9f14710d4b4935b501663138a92d51
-- shale:transactional true
-- shale:hazards data-loss,table-rewrite
-- shale:hazard drop-enum-value error public.role
-- shale:hazard enum-recreate-rewrite warning public.users
-- shale:loses enum-value public.role 'SUPER_ADMIN'
-- shale:requires enum-unused public.role 'SUPER_ADMIN'
--
-- Changes:
--   recreate enum public.role: remove SUPER_ADMIN
--
-- Hazards:
--   drop-enum-value (error, data loss) public.role: Recreating enum public.role removes value SUPER_ADMIN; rows still holding it make the migration fail.
--     safer: Update the rows holding the value in a data migration first.
--   enum-recreate-rewrite (warning, table rewrite) public.users: Converting public.users to the recreated enum public.role rewrites the table under an exclusive lock.
--     safer: Only add enum values (ADD VALUE), or move the column to text with a check in an expand/contract migration.

-- shale:step 1 transactional
SET lock_timeout = '500ms';
SET statement_timeout = '0';
ALTER TYPE public.role RENAME TO role__old;
CREATE TYPE public.role AS ENUM ('CLIENT', 'ADMIN');
ALTER TABLE public.users
    ALTER COLUMN role DROP DEFAULT,
    ALTER COLUMN role TYPE public.role USING role::text::public.role,
    ALTER COLUMN role SET DEFAULT 'CLIENT';
DROP TYPE public.role__old;
