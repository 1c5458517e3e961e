package dev.shale.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a SQL expression sits in a model: a column's default or generation expression, a check, an index's
 * expression key (by its position among the index's keys), an index's predicate, an exclusion constraint's
 * expression element (by position) or its predicate. Names the annotation
 * that declares it, for messages.
 *
 * @param table  the table
 * @param kind   what kind of expression
 * @param object the column, check or index name
 * @param key    the index key's or exclusion element's position (0-based) for a {@link Kind#positional()} kind,
 *               else -1
 */
public record ExpressionSite(QualifiedName table, Kind kind, String object, int key)
        implements Comparable<ExpressionSite> {

    /** The kinds of expression a model holds, each with the annotation that declares it. */
    public enum Kind {
        DEFAULT("default", "@Default", "column"),
        GENERATED("generated", "@Generated", "column"),
        CHECK("check", "@Check", "check"),
        INDEX_KEY("index key", "@Index(expressions)", "index"),
        INDEX_WHERE("index where", "@Index(where)", "index"),
        EXCLUSION_ELEMENT("exclusion element", "@Exclude(elements)", "exclusion"),
        EXCLUSION_WHERE("exclusion where", "@Exclude(where)", "exclusion");

        private final String word;
        private final String annotation;
        private final String object;

        Kind(String word, String annotation, String object) {
            this.word = word;
            this.annotation = annotation;
            this.object = object;
        }

        /** The kind as a snapshot writes it: {@code default}, {@code index where}, ... */
        public String word() {
            return word;
        }

        /** The annotation that declares it, such as {@code @Check}. */
        public String annotation() {
            return annotation;
        }

        /**
         * What {@link ExpressionSite#object()} names, the snapshot's field for it: {@code column}, {@code check},
         * {@code index} or {@code exclusion} (an exclusion constraint).
         */
        public String objectWord() {
            return object;
        }

        /** Whether a site of this kind has a position: an index's key or an exclusion constraint's element. */
        public boolean positional() {
            return this == INDEX_KEY || this == EXCLUSION_ELEMENT;
        }

        /** The kind written as {@code word}; {@code null} for none. */
        public static Kind of(String word) {
            for (Kind kind : values()) {
                if (kind.word.equals(word)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private static final Comparator<ExpressionSite> ORDER = Comparator.comparing(ExpressionSite::table)
            .thenComparing(ExpressionSite::kind).thenComparing(ExpressionSite::object)
            .thenComparingInt(ExpressionSite::key);

    public ExpressionSite {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        if (kind.positional() != (key >= 0)) {
            throw new IllegalArgumentException("an index key or exclusion element has a position, nothing else has: "
                    + kind + " " + key);
        }
    }

    /** A site that is not an index key. */
    public static ExpressionSite of(QualifiedName table, Kind kind, String object) {
        return new ExpressionSite(table, kind, object, -1);
    }

    /** For messages: {@code @Check "events_days_check" of table events}. */
    public String describe() {
        String what = switch (kind) {
            case DEFAULT, GENERATED -> kind.annotation + " of column " + object;
            case CHECK -> "@Check " + object;
            case INDEX_KEY -> "@Index(expressions) key " + (key + 1) + " of index " + object;
            case INDEX_WHERE -> "@Index(where) of index " + object;
            case EXCLUSION_ELEMENT -> "@Exclude(elements) element " + (key + 1) + " of exclusion constraint " + object;
            case EXCLUSION_WHERE -> "@Exclude(where) of exclusion constraint " + object;
        };
        String name = table.schema().equals("public") ? table.name() : table.toString();
        return what + " on table " + name;
    }

    @Override
    public int compareTo(ExpressionSite other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return table + " " + kind.name().toLowerCase(Locale.ROOT) + " " + object + (key >= 0 ? " " + key : "");
    }
}
