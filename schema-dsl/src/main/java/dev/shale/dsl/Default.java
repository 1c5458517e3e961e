package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The column's default, as a SQL expression: {@code "now()"}, {@code "true"}, {@code "'draft'"}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Default {
    /** The SQL expression, written as it would follow {@code DEFAULT} in PostgreSQL. */
    String value();
}
