package dev.shale.diff.postgres;

import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import dev.shale.sql.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the parts of a {@code shale:} header line as {@link dev.shale.model.Identifiers} writes them: dotted SQL
 * identifiers (bare ones fold to lower case), string literals, parenthesised lists of SQL texts split at their
 * top-level commas, and plain words. Failures are {@link IllegalArgumentException}s saying what is missing where.
 */
final class HeaderReader {

    private final String text;
    private int at;

    HeaderReader(String text) {
        this.text = text;
    }

    /** One or more identifiers joined by dots. */
    List<String> names() {
        skipSpaces();
        List<String> names = new ArrayList<>();
        names.add(name());
        while (at < text.length() && text.charAt(at) == '.') {
            at++;
            names.add(name());
        }
        return names;
    }

    /** One identifier. */
    String name() {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '"') {
            return quoted('"');
        }
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                || text.charAt(at) == '$')) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException(start == text.length() ? "a name is missing at the end of the line"
                    : "a name is missing at \"" + text.substring(start) + "\"");
        }
        return text.substring(start, at).toLowerCase(Locale.ROOT);
    }

    /** A SQL string literal, {@code 'it''s'} or {@code E'a\\b'}. */
    String literal(String what) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == 'E') {
            at++;
            return quoted('\'').replace("\\\\", "\\");
        }
        if (at >= text.length() || text.charAt(at) != '\'') {
            throw new IllegalArgumentException(what + " needs the value as a SQL string: 'VALUE'");
        }
        return quoted('\'');
    }

    /**
     * A parenthesised list, each item the SQL text between top-level commas, stripped; read with {@link SqlLexer},
     * so a comma or parenthesis in a string, quoted identifier, dollar quote or comment of an item is the item's.
     */
    List<String> list(String what) {
        skipSpaces();
        if (at >= text.length() || text.charAt(at) != '(') {
            throw new IllegalArgumentException(what + " needs a list in parentheses at \"" + text.substring(at) + "\"");
        }
        List<String> items = new ArrayList<>();
        int base = at;
        int depth = 0;
        int start = at + 1;
        for (SqlToken token : SqlLexer.lenient(text.substring(base))) {
            if (!token.complete() && (token.kind() == Kind.STRING || token.kind() == Kind.QUOTED_IDENTIFIER)) {
                char quote = token.kind() == Kind.QUOTED_IDENTIFIER ? '"' : '\'';
                throw new IllegalArgumentException("a quoted name or value is not closed (write " + quote + quote
                        + " for a " + quote + " inside it)");
            }
            if (token.is('(')) {
                depth++;
            } else if (token.is(')') && depth > 1) {
                depth--;
            } else if (token.is(',') && depth == 1 || token.is(')')) {
                String item = text.substring(start, base + token.start()).strip();
                if (item.isEmpty()) {
                    throw new IllegalArgumentException(what + " has an empty item in its list");
                }
                items.add(item);
                start = base + token.end();
                if (token.is(')')) {
                    at = start;
                    return items;
                }
            }
        }
        throw new IllegalArgumentException(what + "'s list is not closed with )");
    }

    /** Whether the next word (after spaces) is {@code word}; consumes it if so. */
    boolean word(String word) {
        skipSpaces();
        if (text.startsWith(word, at) && (at + word.length() == text.length()
                || text.charAt(at + word.length()) == ' ')) {
            at += word.length();
            return true;
        }
        return false;
    }

    /** The rest of the text, stripped; fails naming {@code what} when it is empty. */
    String rest(String what) {
        String rest = text.substring(at).strip();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        at = text.length();
        return rest;
    }

    /** The text up to {@code separator} outside quotes, stripped, consuming the separator. */
    String until(String separator, String what) {
        skipSpaces();
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                quoted(c);
                continue;
            }
            if (text.startsWith(separator, at)) {
                String part = text.substring(start, at).strip();
                at += separator.length();
                if (part.isEmpty()) {
                    break;
                }
                return part;
            }
            at++;
        }
        throw new IllegalArgumentException(what + " at \"" + text.substring(start) + "\"");
    }

    /** Fails unless the whole text was read. */
    void requireEnd() {
        if (at != text.length()) {
            throw new IllegalArgumentException("unexpected text \"" + text.substring(at) + "\" after the name");
        }
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private String quoted(char quote) {
        StringBuilder out = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != quote) {
                out.append(c);
            } else if (at < text.length() && text.charAt(at) == quote) {
                out.append(quote);
                at++;
            } else {
                return out.toString();
            }
        }
        throw new IllegalArgumentException("a quoted name or value is not closed (write " + quote + quote
                + " for a " + quote + " inside it)");
    }
}
