package dev.shale.diff.drift;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.ExclusionElement;
import dev.shale.model.ExpressionSite;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lines up how a model from files spells its expressions with how a live database prints the same
 * expressions, before the two are compared ({@code check --db}, {@code diff} and {@code push} against a
 * database). PostgreSQL stores expressions parsed and prints them back in its own form: {@code (a >= 1)
 * AND (a <= 5)} comes back as {@code a >= 1 AND a <= 5}, {@code odd % 2 = 1} as {@code (odd % 2) = 1}.
 *
 * <p>Exact, when PostgreSQL's own spelling of an expression is known ({@link PostgresSpellings}, kept in the
 * snapshot by {@code generate}, or obtained for the records the same way): the expected model takes that
 * spelling, and compares with the catalog's text as it is.
 *
 * <p>Heuristic otherwise, only for snapshots written before Shale kept PostgreSQL's spelling: where an expected
 * check, default, generated column, index expression or predicate is the same as the
 * actual one but for spelling, the expected model takes the actual spelling. The same means: equal in
 * {@link ExpressionSpelling}'s canonical form (exact: only parentheses that cannot change the meaning), or,
 * when neither contains {@code OR}, equal but for parentheses, white space and the case of unquoted words
 * (without {@code OR}, parentheses cannot regroup the boolean logic; they could regroup arithmetic,
 * {@code (a + b) * 2} against {@code a + b * 2}, which a drift check then misses).
 *
 * <p>Rewrites beyond spelling ({@code BETWEEN}, {@code IN}, {@code LIKE}, {@code CAST}) still differ.
 * Not for {@code generate}, which compares two models of files and must see every change.
 */
public final class SpellingAlignment {

    private SpellingAlignment() {
    }

    /**
     * {@code expected}, with each expression spelled as in {@code actual} where the two differ only in spelling;
     * heuristic only (see the class comment).
     */
    public static SchemaModel align(SchemaModel expected, SchemaModel actual) {
        return align(expected, actual, PostgresSpellings.NONE);
    }

    /**
     * {@code expected}, each expression spelled as PostgreSQL spells it where {@code spellings} know it for the
     * expected text, else (heuristically) as in {@code actual} where the two differ only in spelling.
     */
    public static SchemaModel align(SchemaModel expected, SchemaModel actual, PostgresSpellings spellings) {
        List<Table> tables = new ArrayList<>();
        for (Table table : expected.tables()) {
            Optional<Table> live = actual.table(table.name());
            tables.add(new Sites(table.name(), spellings).align(table, live.orElse(null)));
        }
        return new SchemaModel(expected.schemas(), expected.enums(), tables, expected.extensions(), expected.sequences());
    }

    /** One table's alignment: the known spelling of a site when there is one, else the heuristic. */
    private record Sites(QualifiedName table, PostgresSpellings spellings) {

        Table align(Table expected, Table actual) {
            Map<String, Column> columns = actual == null ? Map.of() : byName(actual.columns(), Column::name);
            Map<String, CheckConstraint> checks = actual == null ? Map.of()
                    : byName(actual.checks(), CheckConstraint::name);
            Map<String, Index> indexes = actual == null ? Map.of() : byName(actual.indexes(), Index::name);
            Map<String, ExclusionConstraint> exclusions = actual == null ? Map.of()
                    : byName(actual.exclusions(), ExclusionConstraint::name);
            return new Table(expected.name(),
                    expected.columns().stream().map(c -> column(c, columns.get(c.name()))).toList(),
                    expected.primaryKey(),
                    expected.uniques(),
                    expected.checks().stream().map(c -> {
                        CheckConstraint live = checks.get(c.name());
                        return c.withExpression(text(ExpressionSite.of(table, ExpressionSite.Kind.CHECK,
                                c.name()), c.expression(), live == null ? null : live.expression()));
                    }).toList(),
                    expected.foreignKeys(),
                    expected.indexes().stream().map(i -> index(i, indexes.get(i.name()))).toList(),
                    expected.comment(), expected.unlogged(), expected.replicaIdentity(),
                    expected.exclusions().stream().map(x -> exclusion(x, exclusions.get(x.name()))).toList());
        }

        private ExclusionConstraint exclusion(ExclusionConstraint expected, ExclusionConstraint actual) {
            boolean sameShape = actual != null && actual.elements().size() == expected.elements().size();
            List<ExclusionElement> elements = new ArrayList<>();
            for (int i = 0; i < expected.elements().size(); i++) {
                ExclusionElement element = expected.elements().get(i);
                IndexKey key = element.key();
                IndexKey live = sameShape ? actual.elements().get(i).key() : null;
                elements.add(key.expression() ? element.withKey(key.withText(text(new ExpressionSite(table,
                        ExpressionSite.Kind.EXCLUSION_ELEMENT, expected.name(), i), key.text(),
                        live != null && live.expression() ? live.text() : null))) : element);
            }
            return expected.toBuilder().elements(elements)
                    .where(text(ExpressionSite.of(table, ExpressionSite.Kind.EXCLUSION_WHERE, expected.name()),
                            expected.where(), actual == null ? null : actual.where()))
                    .build();
        }

        private Column column(Column expected, Column actual) {
            String name = expected.name();
            return new Column(name, expected.type(), expected.nullable(),
                    text(ExpressionSite.of(table, ExpressionSite.Kind.DEFAULT, name), expected.defaultExpression(),
                            actual == null ? null : actual.defaultExpression()),
                    expected.identity(),
                    text(ExpressionSite.of(table, ExpressionSite.Kind.GENERATED, name), expected.generatedExpression(),
                            actual == null ? null : actual.generatedExpression()),
                    expected.comment(), expected.collation());
        }

        private Index index(Index expected, Index actual) {
            boolean sameShape = actual != null && actual.keys().size() == expected.keys().size();
            List<IndexKey> keys = new ArrayList<>();
            for (int i = 0; i < expected.keys().size(); i++) {
                IndexKey key = expected.keys().get(i);
                IndexKey live = sameShape ? actual.keys().get(i) : null;
                keys.add(key.expression() ? key.withText(text(new ExpressionSite(table, ExpressionSite.Kind.INDEX_KEY,
                        expected.name(), i), key.text(), live != null && live.expression() ? live.text() : null))
                        : key);
            }
            return expected.toBuilder().keys(keys)
                    .where(text(ExpressionSite.of(table, ExpressionSite.Kind.INDEX_WHERE, expected.name()),
                            expected.where(), actual == null ? null : actual.where()))
                    .build();
        }

        /** PostgreSQL's known spelling of {@code expected} at {@code site}; else the heuristic's choice. */
        private String text(ExpressionSite site, String expected, String actual) {
            if (expected == null) {
                return null;
            }
            Optional<String> known = spellings.postgres(site, expected);
            return known.isPresent() ? known.get() : spelling(expected, actual);
        }
    }

    /** {@code actual} when both are present and the same but for spelling, else {@code expected}. */
    public static String spelling(String expected, String actual) {
        if (expected == null || actual == null || expected.equals(actual)) {
            return expected;
        }
        if (ExpressionSpelling.canonical(expected).equals(ExpressionSpelling.canonical(actual))) {
            return actual;
        }
        boolean regroupable = containsWord(expected, "or") || containsWord(actual, "or");
        return !regroupable && key(expected).equals(key(actual)) ? actual : expected;
    }

    /** Whether {@code word} occurs as a bare word of {@code expression}, in any case. */
    private static boolean containsWord(String expression, String word) {
        return SqlLexer.lenient(expression).stream().anyMatch(token -> token.isWord(word));
    }

    /**
     * The expression without parentheses and white space, unquoted words in lower case; quoted identifiers, string
     * literals and dollar quotes kept as they are. One space stays where white space separates two word characters.
     */
    static String key(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        List<SqlToken> tokens = SqlLexer.lenient(expression);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            switch (token.kind()) {
                case STRING, QUOTED_IDENTIFIER, DOLLAR_STRING -> out.append(token.text());
                case WHITESPACE -> {
                    if (out.length() > 0 && i + 1 < tokens.size() && isWordChar(out.charAt(out.length() - 1))
                            && isWordChar(tokens.get(i + 1).text().charAt(0))) {
                        out.append(' ');
                    }
                }
                default -> {
                    if (!token.is('(') && !token.is(')')) {
                        out.append(token.text().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
    }
}
