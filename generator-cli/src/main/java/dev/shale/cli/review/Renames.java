package dev.shale.cli.review;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renames a migration declares, so that the before/after of a table pairs a renamed table or column with its
 * old name instead of showing a removal and an addition.
 *
 * @param tables  new table name to old
 * @param columns new table name to (new column name to old)
 */
public record Renames(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {

    /** No rename known. */
    public static final Renames NONE = new Renames(Map.of(), Map.of());

    private static final String NAME = "([^.\\s]+)";
    private static final Pattern RENAME_TABLE = Pattern.compile("rename table " + NAME + "\\." + NAME + " to (?:"
            + NAME + "\\.)?" + NAME);
    private static final Pattern RENAME_COLUMN = Pattern.compile("rename column " + NAME + "\\." + NAME + "\\." + NAME
            + " to " + NAME);

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

    /**
     * The renames among a migration header's changes in words ({@code rename table public.a to b},
     * {@code rename column public.a.x to y}), for a migration read from its files. A name holding a dot or a space
     * cannot be told apart in those words: its rename is then not paired.
     */
    public static Renames described(List<String> changes) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (String change : changes) {
            Matcher table = RENAME_TABLE.matcher(change);
            Matcher column = RENAME_COLUMN.matcher(change);
            if (table.matches()) {
                QualifiedName from = new QualifiedName(table.group(1), table.group(2));
                tables.put(new QualifiedName(table.group(3) == null ? from.schema() : table.group(3), table.group(4)),
                        from);
            } else if (column.matches()) {
                columns.computeIfAbsent(new QualifiedName(column.group(1), column.group(2)), t -> new HashMap<>())
                        .put(column.group(4), column.group(3));
            }
        }
        return new Renames(tables, columns);
    }

    /** Whether no rename is known. */
    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
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
