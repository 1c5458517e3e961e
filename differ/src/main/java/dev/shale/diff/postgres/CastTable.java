package dev.shale.diff.postgres;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The casts PostgreSQL 15 declares in {@code pg_cast} between the built-in types {@link TypeChanges} knows (text and
 * varchar aside: every type converts to them by assignment and from them explicitly, through text I/O), with the
 * context each may be applied in. {@code TypeCastsTest} compares this table with a live {@code pg_cast}, pair by
 * pair, so that it cannot drift from PostgreSQL.
 */
public final class CastTable {

    /** Where PostgreSQL applies a cast on its own ({@code pg_cast.castcontext}). */
    public enum Context {
        /** Only when written: {@code col::type} or {@code CAST}; {@code ALTER COLUMN ... TYPE} then needs USING. */
        EXPLICIT,
        /** Also when assigning to a column, which is how {@code ALTER COLUMN ... TYPE} converts without USING. */
        ASSIGNMENT,
        /** Anywhere in an expression. */
        IMPLICIT
    }

    private static final Context EXPLICIT = Context.EXPLICIT;
    private static final Context ASSIGNMENT = Context.ASSIGNMENT;
    private static final Context IMPLICIT = Context.IMPLICIT;

    /** Source type, then target type, then the cast's context. */
    private static final Map<String, Map<String, Context>> CASTS = Map.ofEntries(
            Map.entry("bigint", Map.ofEntries(Map.entry("bit", EXPLICIT), Map.entry("double precision", IMPLICIT),
                    Map.entry("integer", ASSIGNMENT), Map.entry("money", ASSIGNMENT), Map.entry("numeric", IMPLICIT),
                    Map.entry("real", IMPLICIT), Map.entry("smallint", ASSIGNMENT))),
            Map.entry("bit", Map.ofEntries(Map.entry("bigint", EXPLICIT), Map.entry("bit varying", IMPLICIT),
                    Map.entry("integer", EXPLICIT))),
            Map.entry("bit varying", Map.ofEntries(Map.entry("bit", IMPLICIT))),
            Map.entry("boolean", Map.ofEntries(Map.entry("integer", EXPLICIT))),
            Map.entry("cidr", Map.ofEntries(Map.entry("inet", IMPLICIT))),
            Map.entry("date", Map.ofEntries(Map.entry("timestamp", IMPLICIT), Map.entry("timestamptz", IMPLICIT))),
            Map.entry("double precision", Map.ofEntries(Map.entry("bigint", ASSIGNMENT),
                    Map.entry("integer", ASSIGNMENT), Map.entry("numeric", ASSIGNMENT), Map.entry("real", ASSIGNMENT),
                    Map.entry("smallint", ASSIGNMENT))),
            Map.entry("inet", Map.ofEntries(Map.entry("cidr", ASSIGNMENT))),
            Map.entry("integer", Map.ofEntries(Map.entry("bigint", IMPLICIT), Map.entry("bit", EXPLICIT),
                    Map.entry("boolean", EXPLICIT), Map.entry("double precision", IMPLICIT),
                    Map.entry("money", ASSIGNMENT), Map.entry("numeric", IMPLICIT), Map.entry("real", IMPLICIT),
                    Map.entry("smallint", ASSIGNMENT))),
            Map.entry("interval", Map.ofEntries(Map.entry("time", ASSIGNMENT))),
            Map.entry("json", Map.ofEntries(Map.entry("jsonb", ASSIGNMENT))),
            Map.entry("jsonb", Map.ofEntries(Map.entry("bigint", EXPLICIT), Map.entry("boolean", EXPLICIT),
                    Map.entry("double precision", EXPLICIT), Map.entry("integer", EXPLICIT),
                    Map.entry("json", ASSIGNMENT), Map.entry("numeric", EXPLICIT), Map.entry("real", EXPLICIT),
                    Map.entry("smallint", EXPLICIT))),
            Map.entry("macaddr", Map.ofEntries(Map.entry("macaddr8", IMPLICIT))),
            Map.entry("macaddr8", Map.ofEntries(Map.entry("macaddr", IMPLICIT))),
            Map.entry("money", Map.ofEntries(Map.entry("numeric", ASSIGNMENT))),
            Map.entry("numeric", Map.ofEntries(Map.entry("bigint", ASSIGNMENT),
                    Map.entry("double precision", IMPLICIT), Map.entry("integer", ASSIGNMENT),
                    Map.entry("money", ASSIGNMENT), Map.entry("real", IMPLICIT), Map.entry("smallint", ASSIGNMENT))),
            Map.entry("real", Map.ofEntries(Map.entry("bigint", ASSIGNMENT), Map.entry("double precision", IMPLICIT),
                    Map.entry("integer", ASSIGNMENT), Map.entry("numeric", ASSIGNMENT),
                    Map.entry("smallint", ASSIGNMENT))),
            Map.entry("smallint", Map.ofEntries(Map.entry("bigint", IMPLICIT),
                    Map.entry("double precision", IMPLICIT), Map.entry("integer", IMPLICIT),
                    Map.entry("numeric", IMPLICIT), Map.entry("real", IMPLICIT))),
            Map.entry("time", Map.ofEntries(Map.entry("interval", IMPLICIT), Map.entry("timetz", IMPLICIT))),
            Map.entry("timestamp", Map.ofEntries(Map.entry("date", ASSIGNMENT), Map.entry("time", ASSIGNMENT),
                    Map.entry("timestamptz", IMPLICIT))),
            Map.entry("timestamptz", Map.ofEntries(Map.entry("date", ASSIGNMENT), Map.entry("time", ASSIGNMENT),
                    Map.entry("timestamp", ASSIGNMENT), Map.entry("timetz", ASSIGNMENT))),
            Map.entry("timetz", Map.ofEntries(Map.entry("time", ASSIGNMENT))));

    private CastTable() {
    }

    /** The context of PostgreSQL's cast from {@code source} to {@code target} (canonical names), if it has one. */
    public static Optional<Context> context(String source, String target) {
        return Optional.ofNullable(CASTS.getOrDefault(source, Map.of()).get(target));
    }

    /** Every cast of the table as {@code source|target|context}, the context one letter as {@code pg_cast} has it. */
    public static List<String> facts() {
        return CASTS.entrySet().stream().flatMap(s -> s.getValue().entrySet().stream()
                .map(t -> s.getKey() + "|" + t.getKey() + "|" + t.getValue().name().toLowerCase(Locale.ROOT).charAt(0)))
                .sorted().toList();
    }
}
