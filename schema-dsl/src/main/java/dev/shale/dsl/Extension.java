package dev.shale.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a PostgreSQL extension the schema needs, such as {@code @Extension("citext")}: migrations create it
 * before anything that uses its types. Put it on a type in a scanned package (a {@code @Table} record or a holder
 * class of its own) or on the package itself, in {@code package-info.java}. Repeatable; declaring one extension
 * twice is allowed only when both declarations say the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Repeatable(Extensions.class)
public @interface Extension {
    /** The extension's name, as {@code pg_available_extensions} lists it: {@code citext}, {@code uuid-ossp}. */
    String value();

    /** The schema its objects (types, functions, operators) go into. */
    String schema() default "public";

    /** The version to install (and update to); empty means whichever version the server installs by default. */
    String version() default "";
}
