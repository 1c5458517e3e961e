package dev.shale.migrations.files;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A migration version: a UTC timestamp {@code YYYYMMDDHHMMSS}, unique and increasing within a project. */
public record MigrationVersion(LocalDateTime utc) implements Comparable<MigrationVersion> {

    private static final Pattern DIGITS = Pattern.compile("\\d{14}");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    public MigrationVersion {
        Objects.requireNonNull(utc, "utc");
        if (utc.getNano() != 0) {
            throw new IllegalArgumentException("a migration version has whole seconds: " + utc);
        }
        if (utc.getYear() < 1000 || utc.getYear() > 9999) {
            throw new IllegalArgumentException("a migration version has a four-digit year: " + utc);
        }
    }

    /** The version of this instant, truncated to the second. */
    public static MigrationVersion of(Instant instant) {
        return new MigrationVersion(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
    }

    /**
     * Parses {@code YYYYMMDDHHMMSS}.
     *
     * @throws ProjectFileException ({@code INVALID_VERSION}) naming the text
     */
    public static MigrationVersion parse(String text) {
        if (text != null && DIGITS.matcher(text).matches()) {
            try {
                return new MigrationVersion(LocalDateTime.parse(text, FORMAT));
            } catch (DateTimeException | IllegalArgumentException e) {
                // fall through to the message below
            }
        }
        throw new ProjectFileException(ProjectFileException.Problem.INVALID_VERSION, null,
                "\"" + text + "\" is not a migration version: expected a UTC timestamp YYYYMMDDHHMMSS"
                        + " such as 20261121093000.",
                "give a version as the 14 digits that start a migration's file name");
    }

    /** Whether {@code text} is a valid version. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (ProjectFileException e) {
            return false;
        }
    }

    /**
     * The version for a migration created at {@code now}: {@code now}, or one second after
     * {@code latest} when the clock is not past it, so versions stay unique and increasing.
     */
    public static MigrationVersion next(Instant now, Optional<MigrationVersion> latest) {
        MigrationVersion candidate = of(now);
        if (latest.isPresent() && candidate.compareTo(latest.get()) <= 0) {
            return new MigrationVersion(latest.get().utc.plusSeconds(1));
        }
        return candidate;
    }

    /** The instant this version names. */
    public Instant toInstant() {
        return utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public int compareTo(MigrationVersion other) {
        return utc.compareTo(other.utc);
    }

    /** The 14 digits: {@code 20261121093000}. */
    @Override
    public String toString() {
        // by hand rather than with FORMAT: called for every lookup by version, thousands of times a run
        char[] digits = new char[14];
        put(digits, 0, utc.getYear(), 4);
        put(digits, 4, utc.getMonthValue(), 2);
        put(digits, 6, utc.getDayOfMonth(), 2);
        put(digits, 8, utc.getHour(), 2);
        put(digits, 10, utc.getMinute(), 2);
        put(digits, 12, utc.getSecond(), 2);
        return new String(digits);
    }

    private static void put(char[] digits, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
