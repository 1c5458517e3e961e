package dev.shale.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the column names a key, index or foreign key lists against the columns of its table. */
final class KeyColumns {

    private final Problems problems;
    private final Class<?> type;
    private final String table;
    private final List<String> existing;

    KeyColumns(Problems problems, Class<?> type, String table, List<String> existing) {
        this.problems = problems;
        this.type = type;
        this.existing = List.copyOf(existing);
        this.table = table;
    }

    /** The listed columns if all exist and none repeats; otherwise reports the problem and returns an empty list. */
    /** Whether the table has the column {@code name}. */
    boolean has(String name) {
        return existing.contains(name);
    }

    List<String> valid(String what, String component, String[] listed) {
        List<String> columns = List.of(listed);
        List<String> missing = new ArrayList<>(columns.stream().filter(c -> !existing.contains(c)).toList());
        if (!missing.isEmpty()) {
            problems.add(type, component, what + " names " + (missing.size() == 1 ? "column " : "columns ")
                    + String.join(", ", missing) + ", which table " + table + " does not have (its columns: "
                    + String.join(", ", existing) + ")", "use the column names of the table: snake_case, or the "
                    + "name given with @Column(name = ...)");
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                problems.add(type, component, what + " lists column " + column + " twice", "list each column once");
                return List.of();
            }
        }
        return columns;
    }
}
