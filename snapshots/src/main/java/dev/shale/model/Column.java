package dev.shale.model;

import java.util.Objects;
import java.util.Set;

/**
 * A column. {@code defaultExpression}, {@code identity}, {@code generatedExpression} and
 * {@code comment} are {@code null} when absent; at most one of the first three is set. {@code collation} is
 * {@code null} for the type's default collation, otherwise the collation as SQL after {@code COLLATE}
 * ({@link Collations#normalize normal form}: {@code "C"}, {@code "en_US.utf8"}, {@code ucs_basic},
 * {@code extra."fr"}); only a collatable type takes one.
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment,
        String collation) {

    /** The built-in types a collation applies to (and their arrays). */
    private static final Set<String> COLLATABLE = Set.of("text", "varchar", "char", "name", "citext");

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        collation = collation == null || collation.isEmpty() ? null : Collations.normalize(collation);
        if (collation != null && !collatable(type)) {
            throw new IllegalArgumentException("column " + name + " of type " + type.sql() + " cannot have collation "
                    + collation + ": only text, varchar, char and citext columns (and their arrays) have a collation");
        }
    }

    /** A column with the type's default collation. */
    public Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, null);
    }

    /**
     * Whether a column of {@code type} may take a collation: a collatable built-in type ({@code text},
     * {@code varchar}, {@code char}, {@code name}, {@code citext}) or its array; a user type (a domain over text)
     * is left to PostgreSQL.
     */
    public static boolean collatable(ColumnType type) {
        return type.isUserType() || COLLATABLE.contains(type.name());
    }

    /** A plain column: a type and nullability, nothing else. */
    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null);
    }

    /**
     * Whether the column gives the rows of its table a value itself when it is added: a default, an identity or a
     * generation.
     */
    public boolean fillsRows() {
        return defaultExpression != null || identity != null || generatedExpression != null;
    }

    /** This column under another name. */
    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment,
                collation);
    }

    /** A builder of a column called {@code name} of {@code type}: nullable, with nothing else until told. */
    public static Builder builder(String name, ColumnType type) {
        return new Builder(name, type);
    }

    /** A builder holding every part of this column, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name, type).nullable(nullable).defaultExpression(defaultExpression).identity(identity)
                .generatedExpression(generatedExpression).comment(comment).collation(collation);
    }

    /** Builds a {@link Column} part by part; {@link #build()} goes through the record's constructor and its checks. */
    public static final class Builder {
        private String name;
        private ColumnType type;
        private boolean nullable = true;
        private String defaultExpression;
        private Identity identity;
        private String generatedExpression;
        private String comment;
        private String collation;

        private Builder(String name, ColumnType type) {
            this.name = name;
            this.type = type;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder type(ColumnType type) {
            this.type = type;
            return this;
        }

        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        /** Same as {@code nullable(false)}. */
        public Builder notNull() {
            return nullable(false);
        }

        public Builder defaultExpression(String defaultExpression) {
            this.defaultExpression = defaultExpression;
            return this;
        }

        public Builder identity(Identity identity) {
            this.identity = identity;
            return this;
        }

        public Builder generatedExpression(String generatedExpression) {
            this.generatedExpression = generatedExpression;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The collation, {@code null} for the type's default. */
        public Builder collation(String collation) {
            this.collation = collation;
            return this;
        }

        public Column build() {
            return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment,
                    collation);
        }
    }
}
