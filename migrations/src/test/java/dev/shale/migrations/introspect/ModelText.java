package dev.shale.migrations.introspect;

import dev.shale.model.Column;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.TextDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Models as line-per-part text, so that a failed comparison shows a readable diff of the first differing table. */
final class ModelText {

    private ModelText() {
    }

    static String describe(Table table) {
        if (table == null) {
            return "(absent)";
        }
        List<String> lines = new ArrayList<>();
        lines.add("table " + table.name() + " comment=" + table.comment());
        for (Column c : table.columns()) {
            lines.add("  column " + c);
        }
        lines.add("  " + table.primaryKey());
        table.uniques().forEach(u -> lines.add("  " + u));
        table.checks().forEach(c -> lines.add("  " + c));
        table.foreignKeys().forEach(f -> lines.add("  " + f));
        table.indexes().forEach(i -> lines.add("  " + i));
        return String.join("\n", lines);
    }

    /** {@code ""} when equal, else the first difference: schemas, enums, or the first differing table. */
    static String firstDifference(SchemaModel expected, SchemaModel actual) {
        if (expected.equals(actual)) {
            return "";
        }
        if (!expected.schemas().equals(actual.schemas())) {
            return "schemas: " + expected.schemas() + " vs " + actual.schemas();
        }
        if (!expected.enums().equals(actual.enums())) {
            return "enums:\n" + expected.enums() + "\nvs\n" + actual.enums();
        }
        List<Table> all = new ArrayList<>(expected.tables());
        actual.tables().stream().filter(t -> expected.table(t.name()).isEmpty()).forEach(all::add);
        for (Table table : all) {
            Table other = actual.table(table.name()).orElse(null);
            Table mine = expected.table(table.name()).orElse(null);
            if (!Objects.equals(mine, other)) {
                return TextDiff.unified("model", describe(mine), "introspected", describe(other));
            }
        }
        return "models differ elsewhere";
    }
}
