package dev.shale.cli.config;

import dev.shale.cli.DurationConverter;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DurationText} with the CLI's own {@link DurationConverter}, whose message says what is wrong. */
public final class DurationTextValidator implements ConstraintValidator<DurationText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            new DurationConverter().convert(value.toString());
            return true;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            // the converter says "'5x' is not a duration; ..." or "'400d' is longer than the limit of 8760h; ..."
            int limit = message.indexOf("is longer than ");
            int end = message.indexOf("; ", Math.max(limit, 0));
            String reason = limit < 0 ? "" : " of at most " + message.substring(limit + "is longer than the limit of ".length(),
                    end < 0 ? message.length() : end);
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(MessageTemplates.literal("must be a duration" + reason
                    + " (a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m; 0 for none)"))
                    .addConstraintViolation();
            return false;
        }
    }
}
