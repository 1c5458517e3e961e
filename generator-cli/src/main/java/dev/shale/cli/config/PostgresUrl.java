package dev.shale.cli.config;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text is a database URL the CLI accepts ({@code jdbc:postgresql://...}, {@code postgres://...} or
 * {@code postgresql://...}, as {@link dev.shale.api.DatabaseUrl#parse} reads it); null is valid. The message says
 * why, never the URL itself, which may hold a password.
 */
@Documented
@Constraint(validatedBy = PostgresUrlValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PostgresUrl {

    String message() default "is not a PostgreSQL URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
