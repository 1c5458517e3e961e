package dev.shale.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression}, {@code identity}, {@code generatedExpression} and
 * {@code comment} are {@code null} when absent; at most one of the first three is set.
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
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
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    /** A builder of a column called {@code name} of {@code type}: nullable, with nothing else until told. */
    public static Builder builder(String name, ColumnType type) {
        return new Builder(name, type);
    }

    /** A builder holding every part of this column, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name, type).nullable(nullable).defaultExpression(defaultExpression).identity(identity)
                .generatedExpression(generatedExpression).comment(comment);
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

        public Column build() {
            return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment);
        }
    }
}
