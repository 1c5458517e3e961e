package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How existing values convert when the column's type changes in a way no cast can do ({@code bigint} seconds since
 * the epoch to {@code timestamptz}): a SQL expression over the row's columns, giving a value of the new type
 * ({@code "to_timestamp(created_at)"}). {@code generate} writes {@code ALTER COLUMN ... TYPE ... USING value}, and
 * the down migration {@code USING down}, an expression over the new column giving the old type
 * ({@code "extract(epoch from created_at)::bigint"}).
 *
 * <p>Once the latest snapshot has the new type the annotation is inert and may be removed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Using {
    /** The expression giving the new type's value, written as it would follow {@code USING}. */
    String value();

    /** The expression the down migration converts back with; empty when a cast back exists. */
    String down() default "";
}
