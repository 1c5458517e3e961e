package dev.shale.reader;

import dev.shale.model.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the type of {@code @Column(type = "...")}: {@code name(modifiers)[]...}, lowercased, with
 * PostgreSQL's aliases brought to the canonical short names the model uses.
 */
final class SqlTypeParser {

    private static final Pattern TOKEN =
            Pattern.compile("\\s*(?:([a-z_][a-z0-9_$]*(?:\\.[a-z_][a-z0-9_$]*)?)|(-?[0-9]+)|([(),\\[\\]]))");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("bool", "boolean"), Map.entry("float8", "double precision"),
            Map.entry("float4", "real"), Map.entry("decimal", "numeric"), Map.entry("character varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("timestamp without time zone", "timestamp"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"));

    /** Canonical built-in names that take no modifier. */
    private static final Set<String> NO_MODIFIER = Set.of("integer", "bigint", "smallint", "boolean",
            "double precision", "real", "text", "uuid", "date", "bytea", "jsonb", "json");

    /** Canonical built-in names that take one optional modifier (length or precision). */
    private static final Set<String> ONE_MODIFIER =
            Set.of("varchar", "char", "timestamptz", "timestamp", "time", "timetz", "interval");

    private static final Set<String> SERIALS =
            Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    /** The canonical built-in type names. */
    static final Set<String> BUILT_IN = Set.of("integer", "bigint", "smallint", "boolean", "double precision",
            "real", "numeric", "text", "varchar", "char", "uuid", "timestamptz", "timestamp", "date", "time",
            "timetz", "interval", "bytea", "jsonb", "json");

    private SqlTypeParser() {
    }

    /** The type {@code text} names, as a built-in type (user types are resolved by the caller). */
    static ColumnType parse(String text) {
        List<String> tokens = tokens(text);
        int at = 0;
        List<String> words = new ArrayList<>();
        while (at < tokens.size() && isWord(tokens.get(at))) {
            words.add(tokens.get(at++));
        }
        if (words.isEmpty()) {
            throw unparseable(text, "it must start with a type name");
        }
        List<Integer> modifiers = new ArrayList<>();
        if (at < tokens.size() && tokens.get(at).equals("(")) {
            at++;
            while (true) {
                if (at >= tokens.size() || !isNumber(tokens.get(at))) {
                    throw unparseable(text, "type modifiers must be integers");
                }
                modifiers.add(Integer.parseInt(tokens.get(at++)));
                String next = at < tokens.size() ? tokens.get(at++) : "";
                if (next.equals(")")) {
                    break;
                }
                if (!next.equals(",")) {
                    throw unparseable(text, "type modifiers must be closed by )");
                }
            }
            while (at < tokens.size() && isWord(tokens.get(at))) {
                words.add(tokens.get(at++));
            }
        }
        int dimensions = 0;
        while (at < tokens.size() && tokens.get(at).equals("[")) {
            at++;
            if (at < tokens.size() && isNumber(tokens.get(at))) {
                at++;
            }
            if (at >= tokens.size() || !tokens.get(at++).equals("]")) {
                throw unparseable(text, "array brackets must be [] or [n]");
            }
            dimensions++;
        }
        if (at < tokens.size()) {
            throw unparseable(text, "unexpected " + tokens.get(at));
        }
        return build(text, String.join(" ", words), modifiers, dimensions);
    }

    private static ColumnType build(String text, String written, List<Integer> modifiers, int dimensions) {
        if (SERIALS.contains(written)) {
            throw new InvalidDeclaration("@Column(type = \"" + text + "\") is a serial type, which is not a real "
                    + "PostgreSQL type but a sequence default",
                    "declare an integer or long component with @Identity instead");
        }
        String name = written.equals("float") ? floatName(text, modifiers) : ALIASES.getOrDefault(written, written);
        List<Integer> kept = written.equals("float") ? List.of() : modifiers;
        checkModifiers(text, name, kept);
        ColumnType type = new ColumnType(null, name, kept, 0);
        for (int i = 0; i < dimensions; i++) {
            type = type.arrayOf();
        }
        return type;
    }

    private static String floatName(String text, List<Integer> modifiers) {
        if (modifiers.isEmpty()) {
            return "double precision";
        }
        int precision = modifiers.get(0);
        if (modifiers.size() > 1 || precision < 1 || precision > 53) {
            throw unparseable(text, "float takes one precision between 1 and 53");
        }
        return precision <= 24 ? "real" : "double precision";
    }

    private static void checkModifiers(String text, String name, List<Integer> modifiers) {
        if (modifiers.isEmpty()) {
            return;
        }
        if (NO_MODIFIER.contains(name)) {
            throw unparseable(text, "type " + name + " takes no modifier");
        }
        if (ONE_MODIFIER.contains(name) && modifiers.size() > 1) {
            throw unparseable(text, "type " + name + " takes one modifier");
        }
        if ((name.equals("varchar") || name.equals("char")) && modifiers.get(0) < 1) {
            throw unparseable(text, "the length of " + name + " must be at least 1");
        }
        if (name.equals("numeric") && (modifiers.size() > 2 || modifiers.get(0) < 1 || modifiers.get(0) > 1000)) {
            throw unparseable(text, "numeric takes a precision between 1 and 1000 and an optional scale");
        }
    }

    private static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(lower);
        int at = 0;
        while (at < lower.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw unparseable(text, "unexpected " + lower.substring(at).trim().charAt(0));
            }
            tokens.add(matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
            at = matcher.end();
        }
        return tokens;
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
    }

    private static boolean isNumber(String token) {
        return Character.isDigit(token.charAt(0)) || token.charAt(0) == '-';
    }

    private static InvalidDeclaration unparseable(String text, String why) {
        return new InvalidDeclaration("@Column(type = \"" + text + "\") is not a type Shale can read: " + why,
                "write a PostgreSQL type such as \"varchar(255)\", \"numeric(12,2)\", \"text[]\" or \"citext\"");
    }
}
