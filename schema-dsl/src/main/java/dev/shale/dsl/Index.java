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
 * {@code "lower(email)"}); a partial index adds {@link #where()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(Index.List.class)
public @interface Index {
    /** Column names (snake_case, as in the table), in key order. On a component, empty means that column. */
    String[] columns() default {};

    /** Expression keys, placed after the column keys. */
    String[] expressions() default {};

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
