package dev.shale.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PostgreSQL's own spelling of a model's expressions, as its catalog prints them back after the model was built
 * in a scratch database under Shale's pinned session settings: for each expression, where it is, the spelling
 * the schema records declare and the spelling PostgreSQL keeps ({@code price between 1 and 10} is kept as
 * {@code price >= 1 AND price <= 10}). A snapshot holds them beside its schema, so that a live database's
 * catalog text can be compared with the expected text exactly. A spelling applies only while the declared text
 * at its site is the one it was obtained for.
 */
public final class PostgresSpellings {

    /** One expression's two spellings. */
    public record Entry(ExpressionSite site, String declared, String postgres) {
        public Entry {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(declared, "declared");
            Objects.requireNonNull(postgres, "postgres");
        }
    }

    /** No spelling known (a snapshot written before Shale kept them, or a model without expressions). */
    public static final PostgresSpellings NONE = new PostgresSpellings(List.of());

    private final List<Entry> entries;
    private final Map<ExpressionSite, Entry> bySite;

    /** The entries, kept in site order; a site given twice is an error. */
    public PostgresSpellings(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.site().compareTo(b.site()));
        Map<ExpressionSite, Entry> index = new LinkedHashMap<>();
        for (Entry entry : sorted) {
            if (index.put(entry.site(), entry) != null) {
                throw new IllegalArgumentException("two spellings for " + entry.site());
            }
        }
        this.entries = List.copyOf(sorted);
        this.bySite = Collections.unmodifiableMap(index);
    }

    /** The entries, in site order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Whether none is known. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** PostgreSQL's spelling of {@code declared} at {@code site}, when known for exactly that declared text. */
    public Optional<String> postgres(ExpressionSite site, String declared) {
        Entry entry = bySite.get(site);
        return entry != null && entry.declared().equals(declared) ? Optional.of(entry.postgres()) : Optional.empty();
    }

    /** Whether every expression of {@code model} has its spelling here. */
    public boolean covers(SchemaModel model) {
        return sites(model).entrySet().stream().allMatch(e -> postgres(e.getKey(), e.getValue()).isPresent());
    }

    /**
     * The spellings of {@code declared}'s expressions, read from {@code built}: the same model built in PostgreSQL
     * and read back from its catalog. A site {@code built} lacks gets no entry.
     */
    public static PostgresSpellings pair(SchemaModel declared, SchemaModel built) {
        Map<ExpressionSite, String> postgres = sites(built);
        List<Entry> entries = new ArrayList<>();
        sites(declared).forEach((site, text) -> {
            String spelled = postgres.get(site);
            if (spelled != null) {
                entries.add(new Entry(site, text, spelled));
            }
        });
        return new PostgresSpellings(entries);
    }

    /** Every expression of {@code model} by its site, in model order. */
    public static Map<ExpressionSite, String> sites(SchemaModel model) {
        Map<ExpressionSite, String> out = new LinkedHashMap<>();
        for (Table table : model.tables()) {
            QualifiedName name = table.name();
            for (Column column : table.columns()) {
                put(out, ExpressionSite.of(name, ExpressionSite.Kind.DEFAULT, column.name()), column.defaultExpression());
                put(out, ExpressionSite.of(name, ExpressionSite.Kind.GENERATED, column.name()),
                        column.generatedExpression());
            }
            for (CheckConstraint check : table.checks()) {
                put(out, ExpressionSite.of(name, ExpressionSite.Kind.CHECK, check.name()), check.expression());
            }
            for (Index index : table.indexes()) {
                for (int i = 0; i < index.keys().size(); i++) {
                    IndexKey key = index.keys().get(i);
                    if (key.expression()) {
                        put(out, new ExpressionSite(name, ExpressionSite.Kind.INDEX_KEY, index.name(), i), key.text());
                    }
                }
                put(out, ExpressionSite.of(name, ExpressionSite.Kind.INDEX_WHERE, index.name()), index.where());
            }
            for (ExclusionConstraint exclusion : table.exclusions()) {
                for (int i = 0; i < exclusion.elements().size(); i++) {
                    IndexKey key = exclusion.elements().get(i).key();
                    if (key.expression()) {
                        put(out, new ExpressionSite(name, ExpressionSite.Kind.EXCLUSION_ELEMENT, exclusion.name(), i),
                                key.text());
                    }
                }
                put(out, ExpressionSite.of(name, ExpressionSite.Kind.EXCLUSION_WHERE, exclusion.name()),
                        exclusion.where());
            }
        }
        return out;
    }

    private static void put(Map<ExpressionSite, String> out, ExpressionSite site, String text) {
        if (text != null) {
            out.put(site, text);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostgresSpellings that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "PostgresSpellings" + entries;
    }
}
