package dev.shale.migrations.introspect;

import dev.shale.diff.drift.ExpressionSpelling;
import dev.shale.model.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns PostgreSQL's own spellings (catalog type names and typmods, deparsed defaults and expressions)
 * into the spelling the model keeps, so that a model built into a database and read back is equal to
 * itself. Pure functions; every rule only drops what PostgreSQL's parser would add back by itself.
 *
 * <ul>
 *   <li>Types: catalog names to the canonical short names ({@code int4} to {@code integer},
 *       {@code bpchar} to {@code char}, ...), typmods decoded ({@code varchar(255)},
 *       {@code numeric(10,2)}, {@code numeric(10)} for scale 0, {@code timestamptz(3)}), {@code char(1)}
 *       read as plain {@code char}; arrays from the type's array-ness, dimensions from
 *       {@code attndims} when PostgreSQL kept it, else 1.</li>
 *   <li>Defaults: a lone literal cast to the column's own type loses the cast
 *       ({@code 'abc'::text} to {@code 'abc'}, {@code '{}'::integer[]} to {@code '{}'}); a quoted number
 *       cast to a number type on a number column is unquoted ({@code '-1'::integer} to {@code -1}).</li>
 *   <li>Expressions (checks, generated columns, index keys and predicates), read in PostgreSQL's pretty
 *       form: a negative number PostgreSQL prints as {@code '-1'::integer} (or a decimal as
 *       {@code '-1.5'::numeric}) is written {@code -1}, which the parser reads back as the same constant;
 *       {@code col::text} on a varchar column loses the cast; in {@code col <cmp> 0::numeric} on a
 *       number column the literal loses its cast; parentheses around the whole expression go.</li>
 * </ul>
 */
final class CatalogSpelling {

    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("int4", "integer"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("numeric", "numeric"), Map.entry("text", "text"), Map.entry("varchar", "varchar"),
            Map.entry("bpchar", "char"), Map.entry("uuid", "uuid"), Map.entry("timestamptz", "timestamptz"),
            Map.entry("timestamp", "timestamp"), Map.entry("date", "date"), Map.entry("time", "time"),
            Map.entry("timetz", "timetz"), Map.entry("interval", "interval"), Map.entry("bytea", "bytea"),
            Map.entry("jsonb", "jsonb"), Map.entry("json", "json"));

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");

    private static final Pattern CAST_LITERAL = Pattern.compile("'((?:[^']|'')*)'::(.+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern NEGATIVE_INTEGER = Pattern.compile("'(-\\d+)'::integer(?![\\w$\\[])");
    private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("'(-\\d+\\.\\d+)'::numeric(?![\\w$\\[])");
    private static final String NOT_AFTER_IDENTIFIER = "(?<![\\w$\"])";
    private static final String NOT_BEFORE_IDENTIFIER = "(?![\\w$\\[])";

    private CatalogSpelling() {
    }

    /**
     * The model's type of a column whose (element) type is {@code typeName} in {@code typeSchema}, with
     * {@code typmod}; {@code formatted} and {@code formattedWithoutModifiers} are {@code format_type(atttypid,
     * atttypmod)} and {@code format_type(atttypid, NULL)}. A type the model has no modifiers for ({@code bit(8)},
     * {@code interval day to second}) keeps PostgreSQL's whole spelling as its name, so no modifier is lost.
     */
    static ColumnType type(String typeName, String typeSchema, int typmod, boolean array, int declaredDimensions,
            String formatted, String formattedWithoutModifiers) {
        int dimensions = array ? Math.max(1, declaredDimensions) : 0;
        if (!"pg_catalog".equals(typeSchema)) {
            return new ColumnType(typeSchema, typeName, List.of(), dimensions);
        }
        String name = BUILT_IN.get(typeName);
        if (name == null || name.equals("interval") && hasIntervalFields(typmod)) {
            String spelled = (typmod < 0 ? formattedWithoutModifiers : formatted).replace("[]", "");
            return new ColumnType(null, spelled, List.of(), dimensions);
        }
        return new ColumnType(null, name, modifiers(name, typmod), dimensions);
    }

    /** Whether an interval's typmod restricts its fields ({@code interval year}, {@code interval day to second}). */
    private static boolean hasIntervalFields(int typmod) {
        return typmod >= 0 && ((typmod >> 16) & 0x7fff) != 0x7fff;
    }

    private static List<Integer> modifiers(String name, int typmod) {
        if (typmod < 0) {
            return List.of();
        }
        return switch (name) {
            case "varchar" -> List.of(typmod - 4);
            case "char" -> typmod - 4 == 1 ? List.of() : List.of(typmod - 4);
            case "numeric" -> {
                int precision = ((typmod - 4) >> 16) & 0xffff;
                int scale = (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
                yield scale == 0 ? List.of(precision) : List.of(precision, scale);
            }
            case "timestamp", "timestamptz", "time", "timetz" -> List.of(typmod);
            case "interval" -> (typmod & 0xffff) == 0xffff ? List.of() : List.of(typmod & 0xffff);
            default -> List.of();
        };
    }

    /**
     * A column default as the model keeps it. {@code formatted} and {@code formattedWithoutModifiers} are
     * {@code format_type} of the column with and without its typmod.
     */
    static String defaultExpression(String expression, ColumnType type, String formatted,
            String formattedWithoutModifiers) {
        if (expression == null) {
            return null;
        }
        Matcher literal = CAST_LITERAL.matcher(expression);
        if (!literal.matches()) {
            return expression;
        }
        String text = literal.group(1);
        String cast = literal.group(2);
        if (isNumber(type) && NUMBER.matcher(text).matches() && NUMBERS.contains(cast)) {
            return text;
        }
        if (cast.equals(formatted) || cast.equals(formattedWithoutModifiers)) {
            return "'" + text + "'";
        }
        return expression;
    }

    /**
     * A check, generation, index key or index predicate expression in PostgreSQL's pretty form, as the
     * model keeps it; {@code columns} are the table's column types by their quoted names.
     */
    static String expression(String expression, Map<String, ColumnType> columns) {
        if (expression == null) {
            return null;
        }
        if (!expression.contains("::")) {  // every rule below drops a cast: nothing to do (and no regex to compile)
            return ExpressionSpelling.unwrap(expression);
        }
        String out = NEGATIVE_INTEGER.matcher(expression).replaceAll("$1");
        out = NEGATIVE_DECIMAL.matcher(out).replaceAll("$1");
        for (Map.Entry<String, ColumnType> column : columns.entrySet()) {
            // a pattern is compiled only when its literal part occurs: once per column it would dominate the
            // introspection of a large database
            String name = column.getKey();
            String quoted = Pattern.quote(name);
            ColumnType type = column.getValue();
            if (type.dimensions() == 0 && !type.isUserType() && type.name().equals("varchar")
                    && out.contains(name + "::text")) {
                out = out.replaceAll(NOT_AFTER_IDENTIFIER + "(" + quoted + ")::text" + NOT_BEFORE_IDENTIFIER, "$1");
            }
            if (isNumber(type) && out.contains(name + " ") && out.contains("::")) {
                out = out.replaceAll(NOT_AFTER_IDENTIFIER + "(" + quoted + " (?:>=|<=|<>|=|<|>) -?\\d+(?:\\.\\d+)?)::"
                        + "(?:numeric|double precision|real|bigint|integer|smallint)" + NOT_BEFORE_IDENTIFIER, "$1");
            }
        }
        return ExpressionSpelling.unwrap(out);
    }

    /** The expression of {@code CHECK (expr)} (as {@code pg_get_constraintdef} prints it), normalised. */
    static String checkExpression(String definition, Map<String, ColumnType> columns) {
        // pg_get_constraintdef ends a check with NO INHERIT and NOT VALID where set: the model holds them apart
        String body = definition;
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (body.endsWith(suffix)) {
                body = body.substring(0, body.length() - suffix.length());
            }
        }
        if (body.startsWith("CHECK ")) {
            body = body.substring("CHECK ".length());
            int end = ExpressionSpelling.closing(body, 0);
            if (end > 0) {
                body = body.substring(1, end);
            }
        }
        return expression(body, columns);
    }

    private static boolean isNumber(ColumnType type) {
        return type.dimensions() == 0 && !type.isUserType() && NUMBERS.contains(type.name());
    }
}
