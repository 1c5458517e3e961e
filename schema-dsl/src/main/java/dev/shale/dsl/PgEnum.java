package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a Java enum as a PostgreSQL enum type whose labels are the constants' names, in order. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PgEnum {
    /** The type name; empty means the snake_case of the enum's simple name. */
    String value() default "";

    /** The schema the type lives in. */
    String schema() default "public";
}
