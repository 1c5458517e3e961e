package dev.shale.diff.postgres;

import dev.shale.model.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a column type change does to existing values: whether it can cut, round or reject them
 * (narrowing), and whether PostgreSQL must rewrite the table (not binary-coercible).
 */
final class TypeChanges {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"), Map.entry("character varying", "varchar"), Map.entry("decimal", "numeric"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"),
            Map.entry("bool", "boolean"), Map.entry("varbit", "bit varying"));

    /** Integer types, narrowest first. */
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

    /** Decimal digits each integer type can need. */
    private static final List<Integer> INTEGER_DIGITS = List.of(5, 10, 19);

    /** Floating-point types, narrowest first. */
    private static final List<String> FLOATS = List.of("real", "double precision");

    /** Types whose single modifier is a limit that PostgreSQL widens without touching the rows. */
    private static final Set<String> WIDENED_IN_PLACE = Set.of(
            "varchar", "bit varying", "timestamp", "timestamptz", "time", "timetz");

    private TypeChanges() {
    }

    /** Whether some existing value might not survive the change unchanged. */
    static boolean narrows(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (from.dimensions() != to.dimensions()) {
            return true;
        }
        String source = name(from);
        String target = name(to);
        if (!to.isUserType() && isUnboundedText(target, to)) {
            return false;
        }
        if (from.isUserType() || to.isUserType()) {
            return true;
        }
        if (isString(source) && isString(target)) {
            return limit(target, to) < limit(source, from);
        }
        if (INTEGERS.contains(source) && INTEGERS.contains(target)) {
            return INTEGERS.indexOf(target) < INTEGERS.indexOf(source);
        }
        if (INTEGERS.contains(source) && target.equals("numeric")) {
            return !to.modifiers().isEmpty()
                    && integerDigits(to) < INTEGER_DIGITS.get(INTEGERS.indexOf(source));
        }
        if (source.equals("numeric") && target.equals("numeric")) {
            return numericNarrows(from, to);
        }
        if (FLOATS.contains(source) && FLOATS.contains(target)) {
            return FLOATS.indexOf(target) < FLOATS.indexOf(source);
        }
        if (source.equals(target)) {
            return modifiersShrink(from.modifiers(), to.modifiers());
        }
        return true;
    }

    /** Whether PostgreSQL rewrites the table: true unless the change is binary-coercible without a check. */
    static boolean rewrites(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (from.dimensions() > 0 || to.dimensions() > 0 || from.isUserType() || to.isUserType()) {
            return true;
        }
        String source = name(from);
        String target = name(to);
        if (isString(source) && isString(target)) {
            return limit(target, to) < limit(source, from);
        }
        if (source.equals("numeric") && target.equals("numeric")) {
            return !to.modifiers().isEmpty()
                    && (from.modifiers().isEmpty() || scale(to) != scale(from) || precision(to) < precision(from));
        }
        if (source.equals(target) && WIDENED_IN_PLACE.contains(source)) {
            return !to.modifiers().isEmpty() && (from.modifiers().isEmpty() || modifiersShrink(from.modifiers(), to.modifiers()));
        }
        return true;
    }

    private static String name(ColumnType type) {
        return ALIASES.getOrDefault(type.name(), type.name());
    }

    private static boolean isString(String name) {
        return name.equals("text") || name.equals("varchar");
    }

    private static boolean isUnboundedText(String name, ColumnType type) {
        return isString(name) && type.modifiers().isEmpty();
    }

    /** The length limit of text or varchar, unbounded as the largest int. */
    private static int limit(String name, ColumnType type) {
        return name.equals("varchar") && !type.modifiers().isEmpty() ? type.modifiers().get(0) : Integer.MAX_VALUE;
    }

    private static boolean numericNarrows(ColumnType from, ColumnType to) {
        if (to.modifiers().isEmpty()) {
            return false;
        }
        if (from.modifiers().isEmpty()) {
            return true;
        }
        return scale(to) < scale(from) || integerDigits(to) < integerDigits(from);
    }

    private static int precision(ColumnType numeric) {
        return numeric.modifiers().get(0);
    }

    private static int scale(ColumnType numeric) {
        return numeric.modifiers().size() > 1 ? numeric.modifiers().get(1) : 0;
    }

    private static int integerDigits(ColumnType numeric) {
        return precision(numeric) - scale(numeric);
    }

    /** Whether a constrained target drops the limit's room: a missing source limit or any smaller modifier. */
    private static boolean modifiersShrink(List<Integer> from, List<Integer> to) {
        if (to.isEmpty()) {
            return false;
        }
        if (from.isEmpty() || from.size() != to.size()) {
            return true;
        }
        for (int i = 0; i < to.size(); i++) {
            if (to.get(i) < from.get(i)) {
                return true;
            }
        }
        return false;
    }
}
