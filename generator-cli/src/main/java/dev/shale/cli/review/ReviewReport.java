package dev.shale.cli.review;

import dev.shale.cli.check.CheckReport;
import java.util.List;
import java.util.Objects;

/**
 * Everything a review shows, before it is rendered: the command that wrote it, a sentence saying which migrations
 * it covers, those migrations, {@code check}'s report (for {@code shale check}) and notes.
 *
 * @param command    {@code generate} or {@code check}
 * @param scope      which migrations the review covers and why, in words
 * @param migrations the migrations, in version order
 * @param check      {@code shale check}'s report, or {@code null} for {@code generate}
 * @param notes      sentences for the reader
 */
public record ReviewReport(String command, String scope, List<ReviewMigration> migrations, CheckReport check,
        List<String> notes) {

    public ReviewReport {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(scope, "scope");
        migrations = List.copyOf(migrations);
        notes = List.copyOf(notes);
    }
}
