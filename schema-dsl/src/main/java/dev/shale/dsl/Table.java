package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a PostgreSQL table.
 *
 * <p>Each record component becomes a column named in snake_case unless {@link Column#name()}
 * says otherwise. The table name defaults to the snake_case of the record's simple name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name; empty means the snake_case of the record's simple name. */
    String value() default "";

    /** The schema the table lives in. */
    String schema() default "public";

    /**
     * {@code UNLOGGED}: the table is not written to the write-ahead log, so it is faster to write, emptied after a
     * crash and not replicated. Changing it later rewrites the table.
     */
    boolean unlogged() default false;

    /** What logical replication sends to identify a changed row; {@link ReplicaIdentity#USING_INDEX} names an index. */
    ReplicaIdentity replicaIdentity() default ReplicaIdentity.DEFAULT;

    /**
     * The unique index (or unique or primary key constraint) whose columns identify a row, with
     * {@code replicaIdentity = USING_INDEX}: not partial, not deferrable, over NOT NULL columns only.
     */
    String replicaIdentityIndex() default "";
}
