package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides the column name or SQL type that Shale derives from a record component, or gives it a collation. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Column {
    /** The column name; empty means the snake_case of the component name. */
    String name() default "";

    /** A PostgreSQL type such as {@code "citext"} or {@code "numeric(12,2)"}; empty derives it from the Java type. */
    String type() default "";

    /**
     * The column's collation, such as {@code "C"}, {@code "POSIX"} or {@code "en_US.utf8"}: a collation's name as
     * PostgreSQL lists it, case kept; SQL with double quotes names one of another schema ({@code "extra.\"fr\""}).
     * Empty means the type's default. Only text, varchar, char and citext columns (and their arrays) take one.
     */
    String collation() default "";
}
