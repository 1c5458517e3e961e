package dev.shale.cli.config;

import dev.shale.api.DatabaseUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PostgresUrl}: the text parses as {@link DatabaseUrl#parse} reads it, and names why when not. */
public final class PostgresUrlValidator implements ConstraintValidator<PostgresUrl, CharSequence> {

    private static final String PREFIX = "cannot be read: ";

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            DatabaseUrl.parse(value.toString());
            return true;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int why = message.indexOf(PREFIX);
            String reason = why < 0 ? message : message.substring(why + PREFIX.length());
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                    MessageTemplates.literal("is not a PostgreSQL URL (not shown: it may hold a password): " + reason))
                    .addConstraintViolation();
            return false;
        }
    }
}
