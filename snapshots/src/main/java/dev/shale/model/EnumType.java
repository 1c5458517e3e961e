package dev.shale.model;

import java.util.List;
import java.util.Objects;

/** A PostgreSQL enum type: its labels in declared (sort) order and an optional comment. */
public record EnumType(QualifiedName name, List<String> values, String comment) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** An enum type without a comment. */
    public EnumType(QualifiedName name, List<String> values) {
        this(name, values, null);
    }

    /** An enum type without a comment, its labels in order. */
    public static EnumType of(QualifiedName name, String... values) {
        return new EnumType(name, List.of(values), null);
    }

    /** A builder of an enum type called {@code name}: no labels, no comment. */
    public static Builder builder(QualifiedName name) {
        return new Builder(name);
    }

    /** A builder holding every part of this enum type, to change some of them. */
    public Builder toBuilder() {
        return new Builder(name).values(values).comment(comment);
    }

    /** Builds an {@link EnumType} part by part; {@link #build()} goes through the record's constructor. */
    public static final class Builder {
        private QualifiedName name;
        private final List<String> values = new java.util.ArrayList<>();
        private String comment;

        private Builder(QualifiedName name) {
            this.name = name;
        }

        public Builder name(QualifiedName name) {
            this.name = name;
            return this;
        }

        /** Replaces the labels. */
        public Builder values(List<String> values) {
            this.values.clear();
            this.values.addAll(values);
            return this;
        }

        /** Replaces the labels. */
        public Builder values(String... values) {
            return values(List.of(values));
        }

        /** Adds a label after the others. */
        public Builder value(String value) {
            values.add(value);
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public EnumType build() {
            return new EnumType(name, values, comment);
        }
    }
}
