package dev.shale.reader.finder;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An annotation with every kind of element value, which the class file reader must skip to reach the next one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Marker {
    /** A class value. */
    Class<?> type() default Object.class;

    /** An array of strings. */
    String[] tags() default {};

    /** An enum value. */
    ElementType kind() default ElementType.TYPE;

    /** A nested annotation. */
    Retention nested() default @Retention(RetentionPolicy.CLASS);

    /** Primitive values. */
    long number() default 0;

    /** A double, which takes two constant pool slots. */
    double ratio() default 0;
}
