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
 * The text is a duration the CLI's flags accept ({@code 250ms}, {@code 10s}, {@code 5m}, {@code 1h30m}, {@code 0}),
 * as {@link dev.shale.cli.DurationConverter} reads it; null is valid.
 */
@Documented
@Constraint(validatedBy = DurationTextValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DurationText {

    String message() default "is not a duration";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
