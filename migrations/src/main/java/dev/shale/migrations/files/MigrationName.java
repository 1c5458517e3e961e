package dev.shale.migrations.files;

import dev.shale.model.Identifiers;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A migration's name: snake_case ({@code [a-z0-9_]}), 1 to {@value #MAX_LENGTH} characters. With
 * the version and {@code .down.sql} a file name stays near 100 bytes, far from file-system limits
 * and still readable in a listing.
 */
public record MigrationName(String value) {

    /** The longest name, in characters. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9_]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public MigrationName {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw invalid(value, value, "is not snake_case of 1 to " + MAX_LENGTH + " characters [a-z0-9_]");
        }
    }

    /** Whether {@code text} is already a valid name. */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches() && text.length() <= MAX_LENGTH && !text.replace("_", "").isEmpty();
    }

    /**
     * The name for what a user typed: trimmed, accents dropped, spaces, dashes and dots made
     * underscores, camelCase split ({@code AddEmail} to {@code add_email}), lower-cased, repeated
     * underscores collapsed and outer ones removed.
     *
     * @throws ProjectFileException ({@code INVALID_NAME}) naming the input when nothing valid remains
     */
    public static MigrationName of(String input) {
        Objects.requireNonNull(input, "input");
        String text = Normalizer.normalize(input.trim(), Normalizer.Form.NFD);
        text = MARKS.matcher(text).replaceAll("");
        text = SEPARATORS.matcher(text).replaceAll("_");
        text = Identifiers.snakeCase(text).toLowerCase(Locale.ROOT);
        text = text.replaceAll("_+", "_").replaceAll("^_|_$", "");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                throw invalid(input, text, "contains \"" + new String(Character.toChars(text.codePointAt(i)))
                        + "\"; a name has only letters a-z, digits, spaces, dashes and underscores");
            }
        }
        if (text.isEmpty()) {
            throw invalid(input, text, "is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(input, text, "is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        return new MigrationName(text);
    }

    private static ProjectFileException invalid(String input, String normalised, String why) {
        String shown = input.equals(normalised) ? "\"" + input + "\"" : "\"" + input + "\" (as \"" + normalised + "\")";
        return new ProjectFileException(ProjectFileException.Problem.INVALID_NAME, null,
                "migration name " + shown + " " + why + ".",
                "name the migration in a few words, such as add_email_to_users");
    }

    @Override
    public String toString() {
        return value;
    }
}
