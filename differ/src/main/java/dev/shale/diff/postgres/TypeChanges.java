package dev.shale.diff.postgres;

import dev.shale.model.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a column type change does to existing values: whether PostgreSQL can convert them at all (has a cast, from
 * {@link CastTable}), whether {@code ALTER COLUMN ... TYPE} needs {@code USING}, whether it can cut, round or reject
 * them (narrowing), and whether PostgreSQL must rewrite the table (not binary-coercible).
 */
public final class TypeChanges {

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

    /** The built-in types whose casts {@link #castExists} knows; a change involving any other type is let through. */
    private static final Set<String> KNOWN = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision", "money", "boolean", "date", "time", "timetz", "timestamp", "timestamptz", "interval",
            "uuid", "bytea", "json", "jsonb", "bit", "bit varying", "inet", "cidr", "macaddr", "macaddr8", "xml");

    /** Character types: PostgreSQL converts any type to and from them through text I/O. */
    private static final Set<String> STRINGS = Set.of("text", "varchar", "char", "character", "bpchar", "name");

    private TypeChanges() {
    }

    /**
     * Whether PostgreSQL can convert a column from {@code from} to {@code to} as the migration writes it
     * ({@code col::to}, out of an enum through text): a cast between the types (element by element for arrays), or a
     * character type on either side. False only for a pair of known built-in types (or text-less conversions into an
     * enum) that PostgreSQL refuses ({@code cannot cast type uuid to bigint}).
     */
    public static boolean castExists(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return true;
        }
        boolean fromString = from.isUserType() || STRINGS.contains(name(from)); // an enum converts through text
        boolean toString = !to.isUserType() && STRINGS.contains(name(to));
        if (from.dimensions() != to.dimensions()) {
            return from.dimensions() == 0 && fromString || to.dimensions() == 0 && toString;
        }
        if (to.isUserType()) {
            return fromString;
        }
        if (fromString || toString) {
            return true;
        }
        String source = name(from);
        String target = name(to);
        if (!KNOWN.contains(source) || !KNOWN.contains(target) || source.equals(target)) {
            return true;
        }
        return CastTable.context(source, target).isPresent();
    }

    /**
     * Whether {@code ALTER COLUMN ... TYPE to} needs a {@code USING} clause to convert from {@code from}: PostgreSQL
     * converts a column's values on its own only through an assignment or implicit cast ({@link CastTable}), or
     * through text I/O into a character type. Shale writes {@code USING} on every type change all the same (a cast,
     * or the expression declared with {@code @Using}); where this is true and {@link #castExists} false, only a
     * declared expression can convert.
     */
    public static boolean needsUsing(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        String target = name(to);
        if (!to.isUserType() && to.dimensions() == 0 && STRINGS.contains(target)) {
            return false; // any value, an array's too, converts to a character type by assignment, through text I/O
        }
        if (from.dimensions() != to.dimensions()) {
            return true;
        }
        if (from.dimensions() > 0) { // element by element
            return needsUsing(new ColumnType(from.schema(), from.name(), from.modifiers(), 0),
                    new ColumnType(to.schema(), to.name(), to.modifiers(), 0));
        }
        if (to.isUserType()) {
            return true;
        }
        if (from.isUserType()) {
            return true;
        }
        String source = name(from);
        if (source.equals(target)) {
            return false;
        }
        return CastTable.context(source, target).map(c -> c == CastTable.Context.EXPLICIT).orElse(true);
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
        // every text value is a citext value; what citext changes is equality (see foldsCase)
        if (foldsCase(from, to) && isString(source)) {
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

    /**
     * Whether the change makes values that differed only in case equal: from text, varchar or char (or an array of
     * them) to the citext extension's type. It cuts no value, but a unique key over the column fails on rows that
     * differ only in case, which is for the rows to say ({@code CaseFoldedKeys}).
     */
    public static boolean foldsCase(ColumnType from, ColumnType to) {
        return from.dimensions() == to.dimensions() && isCitext(to) && !isCitext(from)
                && (from.isUserType() || isString(name(from)) || name(from).equals("char")
                        || name(from).equals("character") || name(from).equals("bpchar"));
    }

    private static boolean isCitext(ColumnType type) {
        return type.isUserType() && type.name().equals("citext");
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
