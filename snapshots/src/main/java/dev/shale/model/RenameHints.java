package dev.shale.model;

import java.util.List;

/**
 * Renames declared with {@code @RenamedFrom}, so the differ can emit RENAME instead of drop and add.
 * Each hint names where it was declared, for messages.
 */
public record RenameHints(
        List<TableRename> tables,
        List<ColumnRename> columns,
        List<EnumRename> enums,
        List<EnumValueRename> enumValues) {

    /** No renames. */
    public static final RenameHints NONE = new RenameHints(List.of(), List.of(), List.of(), List.of());

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
}
