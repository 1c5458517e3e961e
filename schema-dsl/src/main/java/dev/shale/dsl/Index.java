package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on the record's table, declared on the record type (repeatable) or on one component.
 *
 * <p>Keys are {@link #columns()} or {@link #expressions()} (each a SQL expression such as
 * {@code "lower(email)"}); a partial index adds {@link #where()}. A key may end in the options PostgreSQL takes
 * after it: {@code "created_at DESC NULLS LAST"}, {@code "title COLLATE \"C\" text_pattern_ops"},
 * {@code "lower(email) DESC"}. {@link #include()}, {@link #nullsNotDistinct()} and {@link #with()} are the
 * index's other options.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(Index.List.class)
public @interface Index {
    /**
     * Column names (snake_case, as in the table), in key order, each optionally followed by
     * {@code COLLATE name}, an operator class (only when not the type's default, such as {@code text_pattern_ops}),
     * {@code ASC|DESC} and {@code NULLS FIRST|LAST}. On a component, empty means that column.
     */
    String[] columns() default {};

    /**
     * Expression keys, placed after the column keys, each optionally followed by an operator class (a name
     * ending in {@code _ops}), {@code ASC|DESC} and {@code NULLS FIRST|LAST}; a collation goes inside the
     * expression.
     */
    String[] expressions() default {};

    /** Non-key columns the index carries ({@code INCLUDE}) for index-only scans; btree and gist indexes only. */
    String[] include() default {};

    /**
     * For a unique index: NULLs count as equal ({@code NULLS NOT DISTINCT}), so at most one row has a NULL key.
     * Needs PostgreSQL 15 or later.
     */
    boolean nullsNotDistinct() default false;

    /** Storage parameters, each {@code "name=value"}, such as {@code "fillfactor=70"}. */
    String[] with() default {};

    /** {@code true} for a unique index. */
    boolean unique() default false;

    /** The predicate of a partial index, as SQL; empty means the whole table. */
    String where() default "";

    /** The access method. */
    IndexMethod method() default IndexMethod.BTREE;

    /** The index name; empty means {@code <table>_<columns>_idx} (or {@code _key} when unique). */
    String name() default "";

    /** Holds repeated {@link Index} declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated declarations. */
        Index[] value();
    }
}
