package dev.shale.cli.hostile;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One row of the hostile-input table: the issue item it covers, a title, how the project and database are
 * set up, the command's arguments, the exit code it must end with, and the words its output must contain
 * (what is wrong, and the fix). The run must print no stack trace and change no file and nothing in the
 * database.
 */
public record HostileCase(String item, String title, Consumer<HostileProject> setup, List<String> args,
                          int exit, List<String> expected) {

    public HostileCase {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(setup, "setup");
        args = List.copyOf(args);
        expected = List.copyOf(expected);
    }

    /** A case: {@code item} of the issue, {@code title}, set-up, arguments, exit code, expected words. */
    public static HostileCase of(String item, String title, Consumer<HostileProject> setup, List<String> args,
                                 int exit, String... expected) {
        return new HostileCase(item, title, setup, args, exit, List.of(expected));
    }
}
