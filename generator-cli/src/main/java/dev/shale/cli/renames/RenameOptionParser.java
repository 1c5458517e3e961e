package dev.shale.cli.renames;

import dev.shale.model.QualifiedName;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlSyntaxException;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the value of one {@code --rename-*} option with Shale's SQL lexer, strictly: names as SQL writes them (a bare
 * word folds to lower case, a {@code "quoted"} one keeps its case and spaces), a table or type in {@code public} unless
 * qualified, an enum label as a bare word taken as written or a {@code 'string'}. Anything else is an
 * {@link IllegalArgumentException} saying what is wrong, for {@link RenameOptions} to report with the option named.
 */
final class RenameOptionParser {

    private final List<SqlToken> tokens;
    private int at;

    private RenameOptionParser(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** {@code OLD=NEW}, each a possibly qualified name. */
    static QualifiedName[] names(String text) {
        RenameOptionParser parser = of(text);
        List<String> from = parser.path("the old name");
        parser.expectEquals();
        List<String> to = parser.path("the new name");
        parser.expectEnd();
        return new QualifiedName[] {qualified(from, "the old name"), qualified(to, "the new name")};
    }

    /** {@code TABLE.OLD=NEW}: the table (possibly qualified), the old column name, the new one. */
    static Member member(String text, String owner, boolean labels) {
        RenameOptionParser parser = of(text);
        List<String> left = labels ? parser.typeAndLabel() : parser.path("the " + owner + " and old name");
        if (left.size() < 2) {
            throw new IllegalArgumentException("the left side names no " + owner + ": write " + owner.toUpperCase(
                    Locale.ROOT) + ".OLD=NEW");
        }
        parser.expectEquals();
        String to = labels ? parser.label("the new label") : parser.identifier("the new name");
        parser.expectEnd();
        return new Member(qualified(left.subList(0, left.size() - 1), "the " + owner), left.get(left.size() - 1), to);
    }

    /** A member of a table or type: its owner, its old name and its new one. */
    record Member(QualifiedName owner, String from, String to) {
    }

    private static RenameOptionParser of(String text) {
        try {
            List<SqlToken> tokens = SqlLexer.tokens(text).stream()
                    .filter(t -> t.kind() != SqlToken.Kind.WHITESPACE).toList();
            return new RenameOptionParser(tokens);
        } catch (SqlSyntaxException e) {
            throw new IllegalArgumentException(e.problem());
        }
    }

    private static QualifiedName qualified(List<String> parts, String what) {
        if (parts.size() == 1) {
            return QualifiedName.of(parts.get(0));
        }
        if (parts.size() == 2) {
            return new QualifiedName(parts.get(0), parts.get(1));
        }
        throw new IllegalArgumentException(what + " has " + parts.size() + " parts; write SCHEMA.NAME or NAME");
    }

    /** Identifiers separated by dots, at least one. */
    private List<String> path(String what) {
        List<String> parts = new ArrayList<>();
        parts.add(identifier(what));
        while (peek() != null && peek().is('.')) {
            at++;
            parts.add(identifier(what));
        }
        return parts;
    }

    /** An enum type (possibly qualified) then a label: identifiers, the last a label. */
    private List<String> typeAndLabel() {
        List<String> parts = new ArrayList<>();
        parts.add(identifier("the enum type"));
        while (peek() != null && peek().is('.')) {
            at++;
            SqlToken next = peek();
            boolean last = next == null || next.kind() == SqlToken.Kind.STRING
                    || tokens.size() > at + 1 && !tokens.get(at + 1).is('.');
            parts.add(last ? label("the old label") : identifier("the enum type"));
        }
        return parts;
    }

    private String identifier(String what) {
        SqlToken token = next(what);
        if (token.kind() == SqlToken.Kind.WORD) {
            return token.text().toLowerCase(Locale.ROOT);
        }
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")) {
            String inner = token.text().substring(1, token.text().length() - 1).replace("\"\"", "\"");
            if (inner.isEmpty()) {
                throw new IllegalArgumentException(what + " is an empty quoted name");
            }
            return inner;
        }
        throw new IllegalArgumentException(what + " expected a name where it found " + shown(token));
    }

    private String label(String what) {
        SqlToken token = next(what);
        if (token.kind() == SqlToken.Kind.WORD) {
            return token.text();
        }
        if (token.kind() == SqlToken.Kind.STRING && token.text().startsWith("'")) {
            return token.text().substring(1, token.text().length() - 1).replace("''", "'");
        }
        throw new IllegalArgumentException(what + " expected a label (a word, or 'quoted') where it found "
                + shown(token));
    }

    private void expectEquals() {
        SqlToken token = peek();
        if (token == null || token.kind() != SqlToken.Kind.OPERATOR || !token.text().equals("=")) {
            throw new IllegalArgumentException("expected = between the old and the new name"
                    + (token == null ? "" : ", found " + shown(token)));
        }
        at++;
    }

    private void expectEnd() {
        if (peek() != null) {
            throw new IllegalArgumentException("unexpected " + shown(peek()) + " after the new name");
        }
    }

    private SqlToken next(String what) {
        SqlToken token = peek();
        if (token == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        at++;
        return token;
    }

    private SqlToken peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private static String shown(SqlToken token) {
        return "\"" + token.text() + "\"";
    }
}
