package dev.shale.model;

import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlSyntaxException;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one spelling of a column's collation: the SQL that follows {@code COLLATE}, each part quoted only when it must
 * be ({@link Identifiers#quote}), and a collation of {@code pg_catalog} (every built-in one: {@code "C"},
 * {@code "POSIX"}, {@code ucs_basic}, {@code "en_US.utf8"}, {@code "und-x-icu"}) without its schema, since the
 * search path always finds it there. A collation of another schema keeps it: {@code extra."fr"}.
 */
public final class Collations {

    private Collations() {
    }

    /**
     * The normal form of {@code sql}, a collation as written after COLLATE: {@code "C"}, {@code pg_catalog."C"},
     * {@code ucs_basic}, {@code extra."fr"}. A bare word is folded to lower case, as PostgreSQL reads it.
     *
     * @throws IllegalArgumentException when {@code sql} is not one name or a schema-qualified one
     */
    public static String normalize(String sql) {
        List<String> parts = parts(sql);
        if (parts.size() == 2 && parts.get(0).equals("pg_catalog")) {
            parts = parts.subList(1, 2);
        }
        return parts.size() == 1 ? Identifiers.quote(parts.get(0))
                : Identifiers.quote(parts.get(0)) + "." + Identifiers.quote(parts.get(1));
    }

    /** The normal form of the collation {@code name} of {@code schema}, as the catalog lists them. */
    public static String of(String schema, String name) {
        return schema.equals("pg_catalog") ? Identifiers.quote(name)
                : Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /**
     * A collation as a user names it: a text holding a double quote is SQL ({@code extra."fr"}); any other is one
     * collation's name exactly as PostgreSQL lists it, case and dots kept ({@code C}, {@code en_US.utf8}).
     */
    public static String fromName(String text) {
        return text.indexOf('"') >= 0 ? normalize(text) : Identifiers.quote(text);
    }

    /**
     * How a user declares the collation {@code normal} so that {@link #fromName} reads it back: the bare name of a
     * {@code pg_catalog} collation ({@code C}, {@code en_US.utf8}), or both parts double-quoted for one of another
     * schema ({@code "extra"."fr"}).
     */
    public static String declared(String normal) {
        List<String> parts = parts(normal);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.stream().map(p -> '"' + p.replace("\"", "\"\"") + '"').collect(Collectors.joining("."));
    }

    /** The name and schema parts of {@code sql}, unquoted; one part when it names no schema. */
    private static List<String> parts(String sql) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokens(sql).stream().filter(t -> !t.isTrivia()).toList();
        } catch (SqlSyntaxException e) {
            throw invalid(sql);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (i % 2 == 1) {
                if (!token.is('.')) {
                    throw invalid(sql);
                }
                continue;
            }
            if (token.kind() == SqlToken.Kind.WORD) {
                parts.add(token.text().toLowerCase(Locale.ROOT));
            } else if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER && token.text().startsWith("\"")
                    && token.text().length() > 2) {
                parts.add(token.text().substring(1, token.text().length() - 1).replace("\"\"", "\""));
            } else {
                throw invalid(sql);
            }
        }
        if (parts.isEmpty() || parts.size() > 2 || tokens.size() % 2 == 0) {
            throw invalid(sql);
        }
        return parts;
    }

    private static IllegalArgumentException invalid(String sql) {
        return new IllegalArgumentException("not a collation name: " + sql
                + " (write it as after COLLATE, such as \"C\", ucs_basic or myschema.\"fr\")");
    }
}
