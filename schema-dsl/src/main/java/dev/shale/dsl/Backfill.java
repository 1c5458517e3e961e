package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value existing rows get when a NOT NULL column is added to a table that has rows, or when a column that
 * may hold NULL becomes NOT NULL: a SQL expression evaluated per row, which may read the row's other columns
 * ({@code "'UTC'"}, {@code "created_at"}, {@code "lower(email)"}). {@code generate} then writes: add the column
 * NULL-able, fill it in batches, set NOT NULL. Rows inserted later take the column's {@link Default}, if any.
 *
 * <p>Once the latest snapshot has the column NOT NULL the annotation is inert and may be removed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Backfill {
    /** The SQL expression, written as it would follow {@code SET column =} in an {@code UPDATE}. */
    String value();
}
