package dev.shale.cli;

import dev.shale.migrations.introspect.UnmanagedObject;
import java.util.List;

/**
 * The refusal of {@code diff}, {@code pull} and {@code push} when a database holds what Shale does not manage: a
 * migration computed without those objects could fail on them, drop them along, or leave a different schema, so
 * nothing is printed or written unless the user takes that risk with {@code --ignore-unmanaged}.
 */
final class UnmanagedRefusal {

    private UnmanagedRefusal() {
    }

    /** One object of one side, with how that side is named ({@code --from}), or null when there is one side. */
    record Found(UnmanagedObject object, String side) {
        String line() {
            return "  " + object + (side == null ? "" : " (" + side + ")");
        }
    }

    /**
     * The usage error (exit 2) listing {@code found}, one per line: {@code error: refused: N objects Shale does not
     * manage:}, the objects, and the fix: {@code command} anyway with {@code --ignore-unmanaged}, whose {@code risk}
     * (after "at your own risk:") it states.
     */
    static CommandException of(List<Found> found, String command, String risk) {
        StringBuilder message = new StringBuilder("refused: " + Words.count(found.size(), "object")
                + " Shale does not manage:");
        found.forEach(f -> message.append('\n').append(f.line()));
        return new CommandException(ExitCode.USAGE, message.toString(), "declare what Shale models in the records"
                + " (and drop from the database what is no longer used), or pass --ignore-unmanaged to " + command
                + " anyway, at your own risk: " + risk);
    }

    /** The risk of {@code diff --ignore-unmanaged}. */
    static final String DIFF_RISK = "the objects above are left out, so the SQL may fail on them, drop them along,"
            + " or leave a schema that differs from the other side";

    /** The risk of {@code pull --ignore-unmanaged}. */
    static final String PULL_RISK = "the records and the baseline leave the objects above out, so the baseline does"
            + " not rebuild the database as it is";

    /** The risk of {@code push --ignore-unmanaged}. */
    static final String PUSH_RISK = "the changes to those tables may lose the details above";
}
