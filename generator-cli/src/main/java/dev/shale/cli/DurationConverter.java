package dev.shale.cli;

import dev.shale.api.RunnerSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations written as {@code 250ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 1h30m} or {@code 0}, up to
 * {@link RunnerSettings#MAX_DURATION}; {@link PostgresTimeout} reads PostgreSQL's timeouts, up to
 * {@link RunnerSettings#MAX_POSTGRES_TIMEOUT}. Anything else (a sign, a fraction, no unit, too long) is a usage
 * error that picocli reports with the flag's name.
 */
public class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final String FORM = "write a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m (0 for none)";

    /** The converter of {@code lock_timeout} and {@code statement_timeout}, which PostgreSQL keeps in an int of ms. */
    static final class PostgresTimeout extends DurationConverter {
        PostgresTimeout() {
            super(RunnerSettings.MAX_POSTGRES_TIMEOUT, "PostgreSQL's limit");
        }
    }

    private final Duration max;
    private final String limit;

    public DurationConverter() {
        this(RunnerSettings.MAX_DURATION, "the limit");
    }

    private DurationConverter(Duration max, String limit) {
        this.max = max;
        this.limit = limit;
    }

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        if (!WHOLE.matcher(text).matches()) {
            throw invalid(value);
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        try {
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                });
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw tooLong(value);
        }
        if (total.compareTo(max) > 0) {
            throw tooLong(value);
        }
        return total;
    }

    /** A duration as this converter reads it back: {@code 250ms}, {@code 10s}, {@code 5m}, {@code 1h30m}, {@code 0}. */
    static String format(Duration duration) {
        if (duration.isZero()) {
            return "0";
        }
        if (duration.toMillisPart() != 0 || duration.toNanosPart() % 1_000_000 != 0) {
            return duration.toMillis() + "ms";
        }
        StringBuilder out = new StringBuilder();
        long hours = duration.toHours();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            out.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0) {
            out.append(duration.toSecondsPart()).append('s');
        }
        return out.toString();
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration; " + FORM);
    }

    private TypeConversionException tooLong(String value) {
        return new TypeConversionException("'" + value + "' is longer than " + limit + " of " + format(max)
                + "; " + FORM);
    }
}
