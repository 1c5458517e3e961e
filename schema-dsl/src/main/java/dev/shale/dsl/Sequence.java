package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a sequence ({@code CREATE SEQUENCE}). On a {@code @Table} record it may be owned by a column of that
 * table ({@code ownedBy}); a serial column is such a sequence plus {@code @Default("nextval('t_id_seq'::regclass)")}
 * on the column. A sequence of its own goes on any type in the schema packages, such as an empty interface:
 * <pre>{@code @Sequence(name = "invoice_numbers", start = 1000) interface Sequences {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Sequence.List.class)
public @interface Sequence {
    /** The sequence name. */
    String name();

    /** The schema; empty means the table's schema on a {@code @Table} record, {@code public} elsewhere. */
    String schema() default "";

    /** {@code AS}: {@code smallint}, {@code integer} or {@code bigint}. */
    String dataType() default "bigint";

    /** {@code START WITH}: one value, or none (the default) for PostgreSQL's: the smallest value going up, the largest going down. */
    long[] start() default {};

    /** {@code INCREMENT BY}; not 0. */
    long increment() default 1;

    /** {@code MINVALUE}: one value, or none (the default) for PostgreSQL's. */
    long[] minValue() default {};

    /** {@code MAXVALUE}: one value, or none (the default) for PostgreSQL's. */
    long[] maxValue() default {};

    /** {@code CACHE}; at least 1. */
    long cache() default 1;

    /** {@code CYCLE}. */
    boolean cycle() default false;

    /** {@code OWNED BY}: a column (its SQL name) of the {@code @Table} record this is on; empty for none. */
    String ownedBy() default "";

    /** Holds repeated {@link Sequence} declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated declarations. */
        Sequence[] value();
    }
}
