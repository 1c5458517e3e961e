package dev.shale.diff;

import dev.shale.diff.change.Change;
import dev.shale.diff.change.CreateSchema;
import dev.shale.diff.change.DropSchema;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/** Diffs the lists of extra schemas: created and dropped ones. */
final class SchemaDiffer {

    private SchemaDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>();
        for (String schema : to.schemas()) {
            if (!from.schemas().contains(schema)) {
                changes.add(new CreateSchema(schema));
            }
        }
        for (String schema : from.schemas()) {
            if (!to.schemas().contains(schema)) {
                changes.add(new DropSchema(schema));
            }
        }
        return changes;
    }
}
