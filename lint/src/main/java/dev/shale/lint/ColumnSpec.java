package dev.shale.lint;

import dev.shale.diff.postgres.HazardCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * What a column definition says, read from JSqlParser's data type and constraint words: its type's findings
 * (char, 32-bit integer, varchar(n), timestamp without time zone, serial), and whether it is NOT NULL, has a
 * default (and whether that default is volatile, which makes adding the column rewrite the table), is identity
 * or stored generated, and carries an inline key, reference or check.
 */
record ColumnSpec(String type, boolean notNull, Optional<String> defaultSql, boolean defaultVolatile,
                  boolean defaultUnreadable, boolean identity, boolean storedGenerated, boolean unique,
                  boolean references, boolean check) {

    /** Functions whose value PostgreSQL computes once when a column is added (not volatile): no rewrite. */
    private static final Set<String> STABLE_FUNCTIONS = Set.of("NOW", "TRANSACTION_TIMESTAMP",
            "STATEMENT_TIMESTAMP", "CURRENT_TIMESTAMP", "LOCALTIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME",
            "LOWER", "UPPER", "LENGTH", "COALESCE", "CONCAT", "TO_CHAR", "TO_DATE", "TO_TIMESTAMP", "MAKE_DATE",
            "MAKE_TIMESTAMP", "MAKE_TIMESTAMPTZ", "MAKE_INTERVAL", "JSONB_BUILD_OBJECT", "JSON_BUILD_OBJECT",
            "JSONB_BUILD_ARRAY", "JSON_BUILD_ARRAY", "ARRAY", "CURRENT_USER", "CURRENT_SCHEMA", "ROW", "INTERVAL");
    private static final Set<String> SPEC_WORDS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK",
            "CONSTRAINT", "GENERATED", "COLLATE", "DEFAULT");
    private static final Set<String> INT_TYPES = Set.of("INT", "INTEGER", "INT4", "INT2", "SMALLINT", "SERIAL",
            "SERIAL4", "SMALLSERIAL", "SERIAL2");
    private static final Set<String> SERIAL_TYPES = Set.of("SERIAL", "SERIAL4", "SERIAL8", "BIGSERIAL",
            "SMALLSERIAL", "SERIAL2");

    /** Reads a column's data type text and its constraint words (JSqlParser's column specs, may be null). */
    static ColumnSpec of(String type, List<String> specs) {
        List<SqlTokens.Token> tokens = SqlTokens.of(specs == null ? "" : String.join(" ", specs));
        String text = specs == null ? "" : String.join(" ", specs);
        Optional<String> defaultSql = Optional.empty();
        boolean volatileDefault = false;
        boolean unreadable = false;
        int at = SqlTokens.find(tokens, 0, "DEFAULT");
        if (at >= 0) {
            int end = at + 1;
            while (end < tokens.size() && !(tokens.get(end).depth() == 0 && tokens.get(end).word()
                    && SPEC_WORDS.contains(tokens.get(end).upper()))) {
                end++;
            }
            String sql = at + 1 >= tokens.size() ? "" : text.substring(tokens.get(at + 1).start(),
                    end < tokens.size() ? tokens.get(end).start() : text.length()).strip();
            defaultSql = Optional.of(sql);
            try {
                CCJSqlParserUtil.parseExpression(sql);
                for (int i = at + 1; i + 1 < end; i++) {
                    if (tokens.get(i).word() && tokens.get(i + 1).text().equals("(")
                            && !STABLE_FUNCTIONS.contains(lastPart(tokens.get(i).upper()))) {
                        volatileDefault = true;
                    }
                }
            } catch (JSQLParserException | RuntimeException e) {
                unreadable = true;
            }
        }
        boolean generated = SqlTokens.find(tokens, 0, "GENERATED") >= 0;
        return new ColumnSpec(type, SqlTokens.contains(tokens, "NOT", "NULL"), defaultSql, volatileDefault,
                unreadable, generated && SqlTokens.find(tokens, 0, "IDENTITY") >= 0,
                generated && SqlTokens.find(tokens, 0, "STORED") >= 0,
                SqlTokens.find(tokens, 0, "UNIQUE") >= 0 || SqlTokens.contains(tokens, "PRIMARY", "KEY"),
                SqlTokens.find(tokens, 0, "REFERENCES") >= 0, SqlTokens.find(tokens, 0, "CHECK") >= 0);
    }

    /** Whether adding this column to a table with rows rewrites it: a volatile default, serial, identity or stored. */
    boolean rewritesOnAdd() {
        return defaultVolatile || serial() || identity || storedGenerated;
    }

    /** Whether every existing row gets a value when the column is added. */
    boolean fillsRows() {
        return defaultSql.isPresent() || serial() || identity || storedGenerated;
    }

    /** Whether the type is one of the serial pseudo-types. */
    boolean serial() {
        List<SqlTokens.Token> words = SqlTokens.of(type);
        return !words.isEmpty() && SERIAL_TYPES.contains(words.get(0).upper());
    }

    /** The findings the type itself gives (char, int, varchar(n), timestamp, serial). */
    List<HazardCode> typeFindings() {
        List<SqlTokens.Token> words = SqlTokens.of(type);
        List<HazardCode> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        String first = words.get(0).upper();
        boolean varying = words.size() > 1 && words.get(1).is("VARYING");
        boolean sized = words.stream().anyMatch(t -> t.text().equals("("));
        if ((first.equals("CHAR") || first.equals("CHARACTER") || first.equals("BPCHAR")) && !varying) {
            out.add(HazardCode.CHAR_FIELD);
        }
        if ((first.equals("VARCHAR") || first.equals("CHARACTER") && varying) && sized) {
            out.add(HazardCode.VARCHAR_FIELD);
        }
        if (first.equals("TIMESTAMP") && SqlTokens.find(words, 0, "WITH") < 0) {
            out.add(HazardCode.TIMESTAMP_WITHOUT_TIME_ZONE);
        }
        if (INT_TYPES.contains(first)) {
            out.add(HazardCode.INT_COLUMN);
        }
        if (SERIAL_TYPES.contains(first)) {
            out.add(HazardCode.SERIAL_COLUMN);
        }
        return out;
    }

    private static String lastPart(String name) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).toUpperCase(java.util.Locale.ROOT);
    }
}
