package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A CHECK constraint, on a component or (repeatable) on the record type. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(Check.List.class)
public @interface Check {
    /** The boolean SQL expression, such as {@code "priority between 1 and 5"}. */
    String value();

    /** The constraint name; empty means {@code <table>_<column>_check} (or {@code <table>_check}). */
    String name() default "";

    /**
     * {@code NOT VALID}: rows already in the table are not checked, only rows written from then on. The check
     * stays not valid after a migration; drop this flag to have it validated ({@code VALIDATE CONSTRAINT}).
     */
    boolean notValid() default false;

    /** {@code NO INHERIT}: tables inheriting from this one do not get the check. */
    boolean noInherit() default false;

    /** Holds repeated {@link Check} declarations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @interface List {
        /** The repeated declarations. */
        Check[] value();
    }
}
