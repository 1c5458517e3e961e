package dev.shale.reader;

import dev.shale.model.IndexKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one key of {@code @Index(columns)} or {@code @Index(expressions)} with the options PostgreSQL writes after
 * an index key: {@code "created_at DESC NULLS LAST"}, {@code "title COLLATE \"C\" text_pattern_ops"},
 * {@code "lower(email) DESC"}. A column key takes, in this order, {@code COLLATE name}, an operator class,
 * {@code ASC|DESC} and {@code NULLS FIRST|LAST}; an expression key the last three (its collation is written
 * inside the expression), its operator class a name ending in {@code _ops}. A column whose name holds spaces is
 * written in double quotes when options follow it: {@code "\"Display Name\" DESC"}.
 */
final class IndexKeyText {

    /** How a column key is written, for error messages. */
    static final String COLUMN_FORM = "\"column [COLLATE \\\"C\\\"] [operator_class] [ASC|DESC] [NULLS FIRST|LAST]\","
            + " such as \"created_at DESC NULLS LAST\"";

    /** How an expression key is written, for error messages. */
    static final String EXPRESSION_FORM = "\"expression [operator_class_ops] [ASC|DESC] [NULLS FIRST|LAST]\","
            + " such as \"lower(email) DESC\"";

    /** A word: quoted parts and other non-blank characters run together ({@code "public"."ci"} is one). */
    private static final Pattern TOKEN = Pattern.compile("(?:\"(?:[^\"]|\"\")*\"|[^\\s\"]+)+");
    private static final Pattern OPCLASS = Pattern.compile("([a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*");
    private static final Pattern NULLS_AT_END = Pattern.compile("(?is)^(.*\\S)\\s+NULLS\\s+(FIRST|LAST)$");
    private static final Pattern ORDER_AT_END = Pattern.compile("(?is)^(.*\\S)\\s+(ASC|DESC)$");
    private static final Pattern OPCLASS_AT_END =
            Pattern.compile("(?s)^(.*\\S)\\s+((?:[a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*_ops)$");

    /** A key read: its column name or expression and its options; {@code problem} set when it could not be. */
    record Parsed(IndexKey key, String problem) {
    }

    private IndexKeyText() {
    }

    /** The column key {@code text}: its first word the column, then the options. */
    static Parsed column(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.strip());
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        if (tokens.isEmpty()) {
            return new Parsed(null, "is empty");
        }
        IndexKey key = IndexKey.column(unquote(tokens.get(0)));
        int at = 1;
        if (at < tokens.size() && tokens.get(at).equalsIgnoreCase("COLLATE")) {
            if (at + 1 >= tokens.size()) {
                return new Parsed(null, "has COLLATE without a collation name");
            }
            // as @Column(collation) reads it: a bare name exactly (C, en_US.utf8), SQL when quoted ("public"."ci")
            key = key.withCollation(tokens.get(at + 1));
            at += 2;
        }
        if (at < tokens.size() && OPCLASS.matcher(tokens.get(at)).matches() && !keyword(tokens.get(at))) {
            key = key.withOpclass(tokens.get(at));
            at++;
        }
        IndexKey ordered = order(tokens, at, key);
        if (ordered == null) {
            return new Parsed(null, "has \"" + String.join(" ", tokens.subList(at, tokens.size()))
                    + "\" after the column, which is not COLLATE, an operator class, ASC/DESC or NULLS FIRST/LAST");
        }
        return new Parsed(ordered, null);
    }

    /** The expression key {@code text}: the options are read off its end, the rest is the expression. */
    static Parsed expression(String text) {
        String rest = text.strip();
        IndexKey.Nulls nulls = IndexKey.Nulls.DEFAULT;
        boolean descending = false;
        String opclass = null;
        Matcher matcher = NULLS_AT_END.matcher(rest);
        if (matcher.matches()) {
            nulls = IndexKey.Nulls.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
            rest = matcher.group(1);
        }
        matcher = ORDER_AT_END.matcher(rest);
        if (matcher.matches()) {
            descending = matcher.group(2).equalsIgnoreCase("DESC");
            rest = matcher.group(1);
        }
        matcher = OPCLASS_AT_END.matcher(rest);
        if (matcher.matches()) {
            opclass = matcher.group(2);
            rest = matcher.group(1);
        }
        if (rest.isBlank()) {
            return new Parsed(null, "has options but no expression");
        }
        return new Parsed(new IndexKey(rest, true, null, opclass, descending, nulls), null);
    }

    /** Reads {@code [ASC|DESC] [NULLS FIRST|LAST]} from {@code at} to the end; null when something else is there. */
    private static IndexKey order(List<String> tokens, int at, IndexKey key) {
        if (at < tokens.size() && (tokens.get(at).equalsIgnoreCase("ASC") || tokens.get(at).equalsIgnoreCase("DESC"))) {
            key = key.withDescending(tokens.get(at).equalsIgnoreCase("DESC"));
            at++;
        }
        if (at + 1 < tokens.size() && tokens.get(at).equalsIgnoreCase("NULLS")) {
            String where = tokens.get(at + 1).toUpperCase(Locale.ROOT);
            if (!where.equals("FIRST") && !where.equals("LAST")) {
                return null;
            }
            key = key.withNulls(IndexKey.Nulls.valueOf(where));
            at += 2;
        }
        return at == tokens.size() ? key : null;
    }

    private static boolean keyword(String token) {
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "ASC", "DESC", "NULLS", "COLLATE" -> true;
            default -> false;
        };
    }

    private static String unquote(String token) {
        return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")
                ? token.substring(1, token.length() - 1).replace("\"\"", "\"") : token;
    }
}
