package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint: on a component for that column, or repeated on the record type with
 * {@link #columns()} for multi-column constraints.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(Unique.List.class)
public @interface Unique {
    /** Column names, in order; only on the record type. */
    String[] columns() default {};

    /** The constraint name; empty means {@code <table>_<columns>_key}. */
    String name() default "";

    /** Whether the check may wait until commit ({@code DEFERRABLE}). */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /** Non-key columns the constraint's index carries ({@code INCLUDE}) for index-only scans. */
    String[] include() default {};

    /**
     * NULLs count as equal ({@code NULLS NOT DISTINCT}), so at most one row has a NULL key. Needs PostgreSQL 15 or
     * later.
     */
    boolean nullsNotDistinct() default false;

    /** Storage parameters of the constraint's index, each {@code "name=value"}, such as {@code "fillfactor=70"}. */
    String[] with() default {};

    /** Holds repeated {@link Unique} declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated declarations. */
        Unique[] value();
    }
}
