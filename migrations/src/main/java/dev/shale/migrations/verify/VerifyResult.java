package dev.shale.migrations.verify;

import java.util.List;
import java.util.Objects;

/**
 * What {@code verify} found: the throwaway database it used, the files it ran and checked in order (ups, then
 * downs newest first), and the first failure, after which it stopped; none means every up gave its snapshot,
 * every down the snapshot before, and the database ended empty.
 *
 * @param database the throwaway database, for messages (never a password); empty when there were no migrations
 * @param migrations how many migrations there are
 * @param warnings sentences about the cleanup, such as a throwaway database that could not be dropped
 */
public record VerifyResult(String database, int migrations, List<VerifyStep> steps, VerifyFailure failure,
        List<String> warnings) {

    public VerifyResult {
        Objects.requireNonNull(database, "database");
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** Whether nothing was found wrong. */
    public boolean verified() {
        return failure == null;
    }

    /** This result with one more warning. */
    VerifyResult withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new VerifyResult(database, migrations, steps, failure, more);
    }
}
