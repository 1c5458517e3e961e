package dev.shale.diff.postgres;

import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;

/**
 * The statement that fills a column's NULLs with an expression evaluated per row, before it is set NOT NULL: a
 * {@code DO} block updating at most {@value #BATCH} rows a statement (picked by {@code ctid}, so a table without a
 * key works too), until none is left. A fill that gives NULL for a row stops the migration with a
 * {@code not_null_violation} naming the column and the expression, instead of looping.
 *
 * <p>The block runs inside the migration's transaction, which holds its locks on the table until it commits; the
 * batches bound each statement, not the lock.
 */
final class FillSql {

    /** Rows per UPDATE. */
    static final int BATCH = 10_000;

    private FillSql() {
    }

    /** The {@code DO} block filling the NULLs of {@code column} of {@code table} with {@code expression}. */
    static String fill(QualifiedName table, String column, String expression) {
        String t = table.sql();
        String c = Identifiers.quote(column);
        String message = "the fill " + expression + " of column " + table + "." + column + " gave NULL for ";
        String hint = "make the expression give a value for every row (coalesce(..., fallback)); if the migration"
                + " is applied nowhere, discard it (shale discard), change @Backfill and run shale generate again";
        String body = """

                #variable_conflict use_column
                DECLARE
                    shale_rows bigint;
                    shale_nulls bigint;
                BEGIN
                    LOOP
                        WITH batch AS (
                            UPDATE %1$s SET %2$s = %3$s
                            WHERE %2$s IS NULL
                              AND ctid = ANY (ARRAY(SELECT ctid FROM %1$s WHERE %2$s IS NULL LIMIT %4$d))
                            RETURNING %2$s
                        )
                        SELECT count(*), count(*) FILTER (WHERE %2$s IS NULL) INTO shale_rows, shale_nulls FROM batch;
                        EXIT WHEN shale_rows = 0;
                        IF shale_nulls > 0 THEN
                            RAISE EXCEPTION USING ERRCODE = 'not_null_violation',
                                MESSAGE = %5$s || shale_nulls || ' of ' || shale_rows || ' rows',
                                HINT = %6$s;
                        END IF;
                    END LOOP;
                END
                """.formatted(t, c, expression, BATCH, Identifiers.literal(message), Identifiers.literal(hint));
        String tag = dollarTag(body);
        return "DO " + tag + body + tag;
    }

    /** {@code $shale_fill$}, or {@code $shale_fill_2$} ... when the body holds it. */
    private static String dollarTag(String body) {
        String tag = "$shale_fill$";
        for (int i = 2; body.contains(tag); i++) {
            tag = "$shale_fill_" + i + "$";
        }
        return tag;
    }
}
