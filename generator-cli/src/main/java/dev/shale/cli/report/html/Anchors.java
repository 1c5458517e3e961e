package dev.shale.cli.report.html;

import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The HTML id of each table's section ({@code t-public-users}): letters, digits, {@code -} and {@code _} only, made
 * unique with a number when two names fold to one, and the name a table is shown by ({@code users}, or
 * {@code billing.invoices} outside {@code public}).
 */
public final class Anchors {

    private final Map<QualifiedName, String> ids = new LinkedHashMap<>();

    /** The anchors of {@code model}'s tables. */
    public Anchors(SchemaModel model) {
        Set<String> used = new HashSet<>();
        for (Table table : model.tables()) {
            String base = "t-" + (table.name().schema() + "-" + table.name().name()).replaceAll("[^A-Za-z0-9_-]", "_");
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(table.name(), id);
        }
    }

    /** The id of {@code table}'s section; {@code null} for a table outside the model. */
    public String of(QualifiedName table) {
        return ids.get(table);
    }

    /** The name {@code table} is shown by. */
    public static String label(QualifiedName table) {
        return table.schema().equals("public") ? table.name() : table.schema() + "." + table.name();
    }
}
