package dev.shale.cli.review;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import dev.shale.migrations.files.MigrationVersion;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which migrations {@code shale check --review} covers, from {@code --since}: those newer than a version (the base
 * branch's newest migration), all of them ({@code --since 0}), or none when {@code --since} is not given.
 *
 * @param covered  whether a migration's version is covered
 * @param sentence the scope in words, as Markdown
 * @param any      whether any migration can be covered
 */
public record ReviewScope(Predicate<MigrationVersion> covered, String sentence, boolean any) {

    /** A version, or a migration file's name or path that starts with one. */
    private static final Pattern VERSION = Pattern.compile("(?:.*/)?(\\d{14})(?:_[^/]*)?");

    /**
     * The scope of {@code --since TEXT}: {@code null} (not given) covers none, {@code 0} or an empty text covers all,
     * otherwise a version {@code YYYYMMDDHHMMSS} (or a migration file name or path starting with one) covers the
     * migrations newer than it.
     *
     * @throws CommandException (usage error) for any other text
     */
    public static ReviewScope since(String text) {
        if (text == null) {
            return new ReviewScope(v -> false, "No migration is shown: pass `--since VERSION` (the newest migration"
                    + " of the base branch) to review the migrations this change adds.", false);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equals("0")) {
            return new ReviewScope(v -> true, "Every migration of the project is shown (`--since "
                    + (trimmed.isEmpty() ? "''" : "0") + "`).", true);
        }
        Matcher matcher = VERSION.matcher(trimmed.replace('\\', '/'));
        if (!matcher.matches() || !MigrationVersion.isValid(matcher.group(1))) {
            throw new CommandException(ExitCode.USAGE, "--since " + text + " is not a migration version",
                    "give the newest migration version of the base branch (14 digits, YYYYMMDDHHMMSS, or that"
                            + " migration's file name), or 0 for every migration; see docs/ci.md");
        }
        MigrationVersion since = MigrationVersion.parse(matcher.group(1));
        return new ReviewScope(v -> v.compareTo(since) > 0, "The migrations newer than " + matcher.group(1)
                + " (`--since`, the base branch's newest) are shown.", true);
    }
}
