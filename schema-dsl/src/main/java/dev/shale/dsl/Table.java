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
}
