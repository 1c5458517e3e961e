-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'sad' AFTER 'happy';
-- step 2 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.notes ALTER COLUMN mood SET DEFAULT 'sad'::mood;
-- step 3 non-transactional (lock_timeout 500ms, statement_timeout 0)
CREATE INDEX CONCURRENTLY IF NOT EXISTS notes_mood_idx ON public.notes (mood);
-- down
-- step 1 non-transactional (lock_timeout 500ms, statement_timeout 0)
DROP INDEX CONCURRENTLY IF EXISTS public.notes_mood_idx;
-- step 2 transactional (lock_timeout 500ms, statement_timeout 0)
ALTER TABLE public.notes ALTER COLUMN mood DROP DEFAULT;
ALTER TYPE public.mood RENAME TO mood__old;
CREATE TYPE public.mood AS ENUM ('happy');
ALTER TABLE public.notes ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood;
DROP TYPE public.mood__old;
