package dev.shale.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One key of an index: a column name, or a SQL expression when {@code expression} is true, with its options:
 * a collation (column keys only; {@code null} for the column's own; in the normal form of {@link Collations}, as
 * a column's: {@code "C"}, {@code public.ci}), an operator class ({@code null} for the type's default; one of an
 * extension qualified by the extension's schema, {@code public.gin_trgm_ops}), descending order and the placement of
 * nulls.
 */
public record IndexKey(String text, boolean expression, String collation, String opclass, boolean descending,
                       Nulls nulls) {

    /** A plain lower-case name, schema-qualified for an extension's operator class ({@code public.gin_trgm_ops}). */
    private static final Pattern OPCLASS = Pattern.compile("([a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*");

    /**
     * Where nulls sort in the key. {@link #DEFAULT} is PostgreSQL's: last for ascending keys, first for
     * descending ones; the constructor turns the spelled-out default into {@code DEFAULT}, so that
     * {@code DESC NULLS FIRST} and {@code DESC} are one key.
     */
    public enum Nulls {
        DEFAULT, FIRST, LAST;

        /** {@code NULLS FIRST}, {@code NULLS LAST}, or empty for the default. */
        public String sql() {
            return this == DEFAULT ? "" : "NULLS " + name();
        }
    }

    public IndexKey {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nulls, "nulls");
        if (nulls == (descending ? Nulls.FIRST : Nulls.LAST)) {
            nulls = Nulls.DEFAULT;
        }
        if (collation != null && (collation.isEmpty() || expression)) {
            throw new IllegalArgumentException(expression
                    ? "index key (" + text + "): an expression key takes no separate collation; write COLLATE"
                            + " inside the expression, such as (lower(name) COLLATE \"C\")"
                    : "index key " + text + ": the collation name is empty");
        }
        if (collation != null) {
            collation = Collations.normalize(collation);
        }
        if (opclass != null && !OPCLASS.matcher(opclass).matches()) {
            throw new IllegalArgumentException("index key " + text + ": operator class \"" + opclass
                    + "\" is not a plain lower-case name such as text_pattern_ops, or one qualified by its extension's"
                    + " schema such as public.gin_trgm_ops");
        }
    }

    /** A key with no options: ascending, default nulls placement, operator class and collation. */
    public IndexKey(String text, boolean expression) {
        this(text, expression, null, null, false, Nulls.DEFAULT);
    }

    /** A column key. */
    public static IndexKey column(String name) {
        return new IndexKey(name, false);
    }

    /** An expression key, such as {@code lower(email)}. */
    public static IndexKey expression(String sql) {
        return new IndexKey(sql, true);
    }

    /** This key on other text (a renamed column, a respelled expression), its options kept. */
    public IndexKey withText(String text) {
        return new IndexKey(text, expression, collation, opclass, descending, nulls);
    }

    /**
     * This key with the collation {@code name}, as a user names it ({@link Collations#fromName}: {@code C},
     * {@code en_US.utf8}, or SQL holding a double quote such as {@code "public"."ci"}); {@code null} for the
     * column's own.
     */
    public IndexKey withCollation(String name) {
        return new IndexKey(text, expression, name == null || name.isEmpty() ? name : Collations.fromName(name),
                opclass, descending, nulls);
    }

    /** This key with the operator class {@code name}; {@code null} for the type's default. */
    public IndexKey withOpclass(String name) {
        return new IndexKey(text, expression, collation, name, descending, nulls);
    }

    /** This key sorted descending ({@code true}) or ascending. */
    public IndexKey withDescending(boolean descending) {
        return new IndexKey(text, expression, collation, opclass, descending, nulls);
    }

    /** This key with nulls placed as {@code nulls}. */
    public IndexKey withNulls(Nulls nulls) {
        return new IndexKey(text, expression, collation, opclass, descending, nulls);
    }

    /** Whether the key has no options: it is its column or expression alone. */
    public boolean plain() {
        return collation == null && opclass == null && !descending && nulls == Nulls.DEFAULT;
    }

    /** The key as SQL: a quoted column name, or the expression in parentheses (no options). */
    public String sql() {
        return expression ? "(" + text + ")" : Identifiers.quote(text);
    }

    /**
     * The key as an index element of {@code CREATE INDEX}: {@link #sql()}, then {@code COLLATE}, the operator
     * class, {@code DESC} and {@code NULLS FIRST|LAST}, each only when set.
     */
    public String definition() {
        StringBuilder out = new StringBuilder(sql());
        if (collation != null) {
            out.append(" COLLATE ").append(collation);
        }
        if (opclass != null) {
            out.append(' ').append(opclass);
        }
        if (descending) {
            out.append(" DESC");
        }
        if (nulls != Nulls.DEFAULT) {
            out.append(' ').append(nulls.sql());
        }
        return out.toString();
    }
}
