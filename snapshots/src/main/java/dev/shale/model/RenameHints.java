package dev.shale.model;

import java.util.List;

/**
 * Renames declared with {@code @RenamedFrom} or a command-line option ({@code --rename-table}, ...), so the differ can
 * emit RENAME instead of drop and add. Each hint names where it was declared, for messages: a record's component
 * ({@code com.example.User.content}), or the option as typed ({@code --rename-table public.a=billing.a}, see
 * {@link #fromOption}).
 */
public record RenameHints(
        List<TableRename> tables,
        List<ColumnRename> columns,
        List<EnumRename> enums,
        List<EnumValueRename> enumValues) {

    /** No renames. */
    public static final RenameHints NONE = new RenameHints(List.of(), List.of(), List.of(), List.of());

    /** Whether a hint declared at {@code declaredAt} comes from a command-line option rather than an annotation. */
    public static boolean fromOption(String declaredAt) {
        return declaredAt.startsWith("--");
    }

    public RenameHints {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        enums = List.copyOf(enums);
        enumValues = List.copyOf(enumValues);
    }

    /** A table now called {@code to} was called {@code from}. */
    public record TableRename(QualifiedName from, QualifiedName to, String declaredAt) {
    }

    /** Column {@code to} of {@code table} (its current name) was called {@code from}. */
    public record ColumnRename(QualifiedName table, String from, String to, String declaredAt) {
    }

    /** An enum type now called {@code to} was called {@code from}. */
    public record EnumRename(QualifiedName from, QualifiedName to, String declaredAt) {
    }

    /** Label {@code to} of {@code enumType} (its current name) was {@code from}. */
    public record EnumValueRename(QualifiedName enumType, String from, String to, String declaredAt) {
    }

    /** A builder of rename hints, none until told. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every hint of these, to add or replace some. */
    public Builder toBuilder() {
        return new Builder().tables(tables).columns(columns).enums(enums).enumValues(enumValues);
    }

    /**
     * Builds {@link RenameHints} hint by hint: a plural method replaces a list, a singular one adds to it.
     * {@link #build()} goes through the record's constructor.
     */
    public static final class Builder {
        private final List<TableRename> tables = new java.util.ArrayList<>();
        private final List<ColumnRename> columns = new java.util.ArrayList<>();
        private final List<EnumRename> enums = new java.util.ArrayList<>();
        private final List<EnumValueRename> enumValues = new java.util.ArrayList<>();

        private Builder() {
        }

        public Builder tables(List<TableRename> tables) {
            return replace(this.tables, tables);
        }

        public Builder table(QualifiedName from, QualifiedName to, String declaredAt) {
            tables.add(new TableRename(from, to, declaredAt));
            return this;
        }

        public Builder columns(List<ColumnRename> columns) {
            return replace(this.columns, columns);
        }

        public Builder column(QualifiedName table, String from, String to, String declaredAt) {
            columns.add(new ColumnRename(table, from, to, declaredAt));
            return this;
        }

        public Builder enums(List<EnumRename> enums) {
            return replace(this.enums, enums);
        }

        public Builder enumType(QualifiedName from, QualifiedName to, String declaredAt) {
            enums.add(new EnumRename(from, to, declaredAt));
            return this;
        }

        public Builder enumValues(List<EnumValueRename> enumValues) {
            return replace(this.enumValues, enumValues);
        }

        public Builder enumValue(QualifiedName enumType, String from, String to, String declaredAt) {
            enumValues.add(new EnumValueRename(enumType, from, to, declaredAt));
            return this;
        }

        public RenameHints build() {
            return new RenameHints(tables, columns, enums, enumValues);
        }

        private <T> Builder replace(List<T> target, List<T> items) {
            target.clear();
            target.addAll(items);
            return this;
        }
    }
}
