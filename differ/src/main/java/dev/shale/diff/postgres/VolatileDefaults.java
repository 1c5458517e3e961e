package dev.shale.diff.postgres;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots default expressions that call a volatile function. PostgreSQL 11+ adds a column with a
 * constant or stable default ({@code now()}) without touching the rows, but must evaluate a
 * volatile one per row, rewriting the table.
 */
final class VolatileDefaults {

    /** Built-in and common extension functions marked volatile in {@code pg_proc}. */
    private static final Set<String> VOLATILE = Set.of(
            "random", "random_normal", "setseed", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
            "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval", "setval");

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\s*\\(");

    private VolatileDefaults() {
    }

    /** The first volatile function {@code expression} calls, such as {@code gen_random_uuid}. */
    static Optional<String> volatileCall(String expression) {
        Matcher call = CALL.matcher(expression);
        while (call.find()) {
            String name = call.group(1).toLowerCase(Locale.ROOT);
            if (VOLATILE.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
