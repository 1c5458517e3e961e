package dev.shale.reader;

import dev.shale.model.ExclusionElement;
import dev.shale.model.IndexKey;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlSyntaxException;
import dev.shale.sql.SqlToken;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads one element of {@code @Exclude(elements)}: {@code "room_id WITH ="}, {@code "tstzrange(starts_at, ends_at)
 * WITH &&"}, {@code "title COLLATE \"C\" WITH ="}. The text is split with the SQL lexer at its last {@code WITH}
 * outside parentheses: after it the operator ({@code &&}, or {@code OPERATOR(schema.op)}), before it an index key
 * that {@link IndexKeyText} reads: a column when it is a name (quoted when it must be) alone or followed by words
 * only (a column key's options), an expression otherwise.
 */
final class ExclusionElementText {

    /** How an element is written, for error messages. */
    static final String FORM = "\"column_or_expression [COLLATE \\\"C\\\"] [operator_class] [ASC|DESC]"
            + " [NULLS FIRST|LAST] WITH operator\", such as \"during WITH &&\"";

    /** An element read, or the problem that stopped it. */
    record Parsed(ExclusionElement element, String problem) {
    }

    private ExclusionElementText() {
    }

    /** Reads {@code text}; {@code isColumn} says whether a name is one of the table's columns. */
    static Parsed parse(String text, Predicate<String> isColumn) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(text).stream().filter(t -> !t.isTrivia()).toList();
        } catch (SqlSyntaxException bad) {
            return new Parsed(null, "is not SQL: " + bad.getMessage());
        }
        int with = -1;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.is('(') || token.is('[')) {
                depth++;
            } else if (token.is(')') || token.is(']')) {
                depth--;
            } else if (depth == 0 && token.isWord("WITH")) {
                with = i;
            }
        }
        if (with < 0) {
            return new Parsed(null, "has no WITH and operator");
        }
        if (with == 0) {
            return new Parsed(null, "has no column or expression before WITH");
        }
        String operator = operator(tokens.subList(with + 1, tokens.size()));
        if (operator == null) {
            return new Parsed(null, "has \"" + text.substring(tokens.get(with).end()).strip()
                    + "\" after WITH, which is not one operator such as = or && (or OPERATOR(schema.op))");
        }
        String key = text.substring(tokens.get(0).start(), tokens.get(with - 1).end());
        SqlToken first = tokens.get(0);
        String firstName = first.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
                ? first.text().substring(1, first.text().length() - 1).replace("\"\"", "\"")
                : first.kind() == SqlToken.Kind.WORD ? first.text() : null;
        // a name alone, or followed by words only (COLLATE, an operator class, ASC/DESC, NULLS), is a column
        boolean columnForm = firstName != null && (with == 1 || tokens.get(1).kind() == SqlToken.Kind.WORD);
        IndexKeyText.Parsed parsed;
        if (isColumn.test(key)) {
            parsed = new IndexKeyText.Parsed(IndexKey.column(key), null);
        } else if (columnForm) {
            parsed = IndexKeyText.column(key);
        } else {
            parsed = IndexKeyText.expression(key);
        }
        if (parsed.problem() != null) {
            return new Parsed(null, parsed.problem());
        }
        try {
            return new Parsed(new ExclusionElement(parsed.key(), operator), null);
        } catch (IllegalArgumentException bad) {
            return new Parsed(null, "is not a valid element: " + bad.getMessage());
        }
    }

    /** The operator the tokens after WITH spell: one operator token, or OPERATOR(schema.op); else null. */
    private static String operator(List<SqlToken> tokens) {
        if (tokens.size() == 1 && tokens.get(0).kind() == SqlToken.Kind.OPERATOR) {
            return tokens.get(0).text();
        }
        if (tokens.size() == 6 && tokens.get(0).isWord("OPERATOR") && tokens.get(1).is('(')
                && tokens.get(2).kind() == SqlToken.Kind.WORD && tokens.get(3).is('.')
                && tokens.get(4).kind() == SqlToken.Kind.OPERATOR && tokens.get(5).is(')')) {
            return "OPERATOR(" + tokens.get(2).text() + "." + tokens.get(4).text() + ")";
        }
        return null;
    }
}
