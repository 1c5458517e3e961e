package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exclusion constraint on the record's table (repeatable, on the record type): no two rows may satisfy every
 * element's operator at once, such as two bookings of one room whose times overlap:
 * {@code @Exclude(elements = {"room_id WITH =", "during WITH &&"})}.
 *
 * <p>Each element is a column or an expression, optionally followed by the options of an index key
 * ({@code COLLATE}, an operator class, {@code ASC|DESC}, {@code NULLS FIRST|LAST}), then {@code WITH} and the
 * operator: {@code "tstzrange(starts_at, ends_at) WITH &&"}. Comparing a plain scalar column ({@code bigint},
 * {@code text}, {@code uuid}, ...) in a gist index needs the {@code btree_gist} extension:
 * declare {@code @Extension("btree_gist")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Exclude.List.class)
public @interface Exclude {
    /** The elements in order, each {@code "column_or_expression [options] WITH operator"}. */
    String[] elements();

    /** The constraint name; empty means {@code <table>_<columns>_excl}, PostgreSQL's default. */
    String name() default "";

    /** The access method of the constraint's index: gist (the default), spgist, btree or hash. */
    IndexMethod method() default IndexMethod.GIST;

    /** Non-key columns the index carries ({@code INCLUDE}); gist and btree only. */
    String[] include() default {};

    /** Storage parameters of the index, each {@code "name=value"}, such as {@code "fillfactor=70"}. */
    String[] with() default {};

    /** A predicate limiting the constraint to some rows, as SQL; empty means every row. */
    String where() default "";

    /** Whether the check may wait until commit ({@code DEFERRABLE}). */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /** Holds repeated {@link Exclude} declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated declarations. */
        Exclude[] value();
    }
}
