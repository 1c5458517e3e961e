package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary key: on a component for a single-column key, or on the record type with
 * {@link #columns()} for a composite key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PrimaryKey {
    /** Column names of a composite key, in key order; only on the record type. */
    String[] columns() default {};

    /** The constraint name; empty means {@code <table>_pkey}. */
    String name() default "";

    /** Whether the check may wait until commit ({@code DEFERRABLE}). */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /** Non-key columns the key's index carries ({@code INCLUDE}) for index-only scans. */
    String[] include() default {};

    /** Storage parameters of the key's index, each {@code "name=value"}, such as {@code "fillfactor=70"}. */
    String[] with() default {};
}
