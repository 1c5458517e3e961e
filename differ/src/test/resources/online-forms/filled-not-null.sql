-- up
-- step 1 transactional (lock_timeout 500ms, statement_timeout 0)
DO $shale_fill$
#variable_conflict use_column
DECLARE
    shale_rows bigint;
    shale_nulls bigint;
BEGIN
    LOOP
        WITH batch AS (
            UPDATE public.orders SET total = 0
            WHERE total IS NULL
              AND ctid = ANY (ARRAY(SELECT ctid FROM public.orders WHERE total IS NULL LIMIT 10000))
            RETURNING total
        )
        SELECT count(*), count(*) FILTER (WHERE total IS NULL) INTO shale_rows, shale_nulls FROM batch;
        EXIT WHEN shale_rows = 0;
        IF shale_nulls > 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'not_null_violation',
                MESSAGE = 'the fill 0 of column public.orders.total gave NULL for ' || shale_nulls || ' of ' || shale_rows || ' rows',
                HINT = 'make the expression give a value for every row (coalesce(..., fallback)); if the migration is applied nowhere, discard it (shale discard), change @Backfill and run shale generate again';
        END IF;
    END LOOP;
END
$shale_fill$;
ALTER TABLE public.orders ADD CONSTRAINT orders_total_not_null_check CHECK (total IS NOT NULL) NOT VALID;
-- step 2 transactional (lock_timeout 500ms, statement_timeout 0)
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_not_null_check;
-- step 3 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ALTER COLUMN total SET NOT NULL;
ALTER TABLE public.orders DROP CONSTRAINT orders_total_not_null_check;
-- down
-- step 1 transactional (lock_timeout 500ms, statement_timeout 1min)
ALTER TABLE public.orders ALTER COLUMN total DROP NOT NULL;
