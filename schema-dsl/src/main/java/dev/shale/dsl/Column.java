package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides the column name or SQL type that Shale derives from a record component. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Column {
    /** The column name; empty means the snake_case of the component name. */
    String name() default "";

    /** A PostgreSQL type such as {@code "citext"} or {@code "numeric(12,2)"}; empty derives it from the Java type. */
    String type() default "";
}
