package dev.shale.migrations.dependents;

import dev.shale.model.QualifiedName;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlSyntaxException;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads from one SQL statement the tables and columns it drops or alters and the unmanaged objects it drops
 * ({@link TouchedObject}), by its tokens ({@link SqlLexer}): {@code DROP TABLE}, {@code ALTER TABLE ... DROP
 * [COLUMN] | ALTER [COLUMN] ... [SET DATA] TYPE | other actions}, {@code DROP INDEX}, {@code DROP [MATERIALIZED]
 * VIEW}, {@code DROP FUNCTION | PROCEDURE}, {@code DROP TRIGGER | POLICY | RULE ... ON}. A name without a schema is
 * taken to be in {@code public}. Anything else touches nothing. Pure.
 */
public final class TouchedObjects {

    private final List<SqlToken> tokens;
    private int at;

    private TouchedObjects(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** What {@code sql} (one statement) drops or alters; empty when it is none of the forms above or does not scan. */
    public static List<TouchedObject> of(String sql) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(sql).stream().filter(t -> !t.isTrivia()).toList();
        } catch (SqlSyntaxException e) {
            return List.of();
        }
        List<TouchedObject> out = new ArrayList<>();
        new TouchedObjects(tokens).read(out);
        return out;
    }

    private void read(List<TouchedObject> out) {
        if (accept("DROP")) {
            if (accept("TABLE")) {
                names(out, TouchedObject.Kind.DROP_TABLE);
            } else if (accept("INDEX")) {
                accept("CONCURRENTLY");
                names(out, TouchedObject.Kind.DROP_INDEX);
            } else if (accept("VIEW") || accept("MATERIALIZED") && accept("VIEW")) {
                names(out, TouchedObject.Kind.DROP_VIEW);
            } else if (accept("FUNCTION") || accept("PROCEDURE")) {
                names(out, TouchedObject.Kind.DROP_FUNCTION);
            } else if (accept("TRIGGER") || accept("POLICY") || accept("RULE")) {
                ifExists();
                String member = identifier();
                if (member != null && accept("ON")) {
                    QualifiedName table = qualifiedName();
                    if (table != null) {
                        out.add(new TouchedObject(TouchedObject.Kind.DROP_TABLE_OBJECT, table, member));
                    }
                }
            }
        } else if (accept("ALTER") && accept("TABLE")) {
            ifExists();
            accept("ONLY");
            QualifiedName table = qualifiedName();
            if (table == null) {
                return;
            }
            accept("*");
            do {
                action(out, table);
            } while (accept(","));
        }
    }

    /** One action of {@code ALTER TABLE}, up to the comma after it (outside parentheses) or the end. */
    private void action(List<TouchedObject> out, QualifiedName table) {
        int start = at;
        if (accept("DROP") && !isWord("CONSTRAINT")) {
            accept("COLUMN");
            ifExists();
            String column = identifier();
            if (column != null) {
                out.add(new TouchedObject(TouchedObject.Kind.DROP_COLUMN, table, column));
            }
        } else if (at == start && accept("ALTER") && !isWord("CONSTRAINT")) {
            accept("COLUMN");
            String column = identifier();
            if (column != null && (accept("TYPE") || accept("SET") && accept("DATA") && accept("TYPE"))) {
                out.add(new TouchedObject(TouchedObject.Kind.ALTER_COLUMN_TYPE, table, column));
            } else {
                out.add(new TouchedObject(TouchedObject.Kind.ALTER_TABLE, table, null));
            }
        } else {
            out.add(new TouchedObject(TouchedObject.Kind.ALTER_TABLE, table, null));
        }
        int depth = 0;
        while (at < tokens.size()) {
            SqlToken token = tokens.get(at);
            if (token.is('(')) {
                depth++;
            } else if (token.is(')')) {
                depth--;
            } else if (token.is(',') && depth == 0) {
                return;
            }
            at++;
        }
    }

    /** {@code [IF EXISTS] name [, name ...]}. */
    private void names(List<TouchedObject> out, TouchedObject.Kind kind) {
        ifExists();
        do {
            QualifiedName name = qualifiedName();
            if (name == null) {
                return;
            }
            out.add(new TouchedObject(kind, name, null));
            if (at < tokens.size() && tokens.get(at).is('(')) {
                skipParentheses();
            }
        } while (accept(","));
    }

    private void skipParentheses() {
        int depth = 0;
        do {
            SqlToken token = tokens.get(at++);
            depth += token.is('(') ? 1 : token.is(')') ? -1 : 0;
        } while (depth > 0 && at < tokens.size());
    }

    private void ifExists() {
        if (isWord("IF") && at + 1 < tokens.size() && word(tokens.get(at + 1)).equals("EXISTS")) {
            at += 2;
        }
    }

    private QualifiedName qualifiedName() {
        String first = identifier();
        if (first == null) {
            return null;
        }
        if (accept(".")) {
            String second = identifier();
            return second == null ? null : new QualifiedName(first, second);
        }
        return new QualifiedName("public", first);
    }

    /** A bare word folded to lower case, or a quoted identifier unquoted; null (not moving) at anything else. */
    private String identifier() {
        if (at >= tokens.size()) {
            return null;
        }
        SqlToken token = tokens.get(at);
        if (token.kind() == SqlToken.Kind.WORD) {
            at++;
            return token.text().toLowerCase(Locale.ROOT);
        }
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")) {
            at++;
            String text = token.text();
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return null;
    }

    /** Moves past the next token when it is the bare word (any case) or the punctuation or operator {@code text}. */
    private boolean accept(String text) {
        if (at >= tokens.size()) {
            return false;
        }
        SqlToken token = tokens.get(at);
        boolean match = token.kind() == SqlToken.Kind.WORD ? word(token).equals(text) : token.text().equals(text)
                && (token.kind() == SqlToken.Kind.PUNCTUATION || token.kind() == SqlToken.Kind.OPERATOR);
        if (match) {
            at++;
        }
        return match;
    }

    private boolean isWord(String text) {
        return at < tokens.size() && tokens.get(at).kind() == SqlToken.Kind.WORD && word(tokens.get(at)).equals(text);
    }

    private static String word(SqlToken token) {
        return token.kind() == SqlToken.Kind.WORD ? token.text().toUpperCase(Locale.ROOT) : "";
    }
}
