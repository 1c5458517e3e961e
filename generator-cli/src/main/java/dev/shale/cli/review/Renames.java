package dev.shale.cli.review;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The renames a migration declares, so that the before/after of a table pairs a renamed table or column with its
 * old name instead of showing a removal and an addition.
 *
 * @param tables  new table name to old
 * @param columns new table name to (new column name to old)
 */
public record Renames(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {

    /** No rename known (a migration read from its files: the snapshots do not record renames). */
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    public Renames {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    /** The renames among a plan's changes. */
    public static Renames of(List<Change> changes) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (Change change : changes) {
            if (change instanceof RenameTable rename) {
                tables.put(rename.to(), rename.from());
            } else if (change instanceof RenameColumn rename) {
                columns.computeIfAbsent(rename.table(), t -> new HashMap<>()).put(rename.to(), rename.from());
            }
        }
        return new Renames(tables, columns);
    }

    /** The old name of the table now called {@code name}, if it was renamed. */
    public Optional<QualifiedName> oldTable(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The old name of column {@code column} of the table now called {@code table} (or called so before). */
    public Optional<String> oldColumn(QualifiedName table, QualifiedName oldTable, String column) {
        Map<String, String> byNew = columns.getOrDefault(table, columns.getOrDefault(oldTable, Map.of()));
        return Optional.ofNullable(byNew.get(column));
    }
}
