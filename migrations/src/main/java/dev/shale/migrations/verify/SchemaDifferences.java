package dev.shale.migrations.verify;

import dev.shale.diff.drift.Drift;
import dev.shale.diff.drift.DriftItem;
import dev.shale.model.SchemaModel;
import java.util.List;

/**
 * How a database's model differs from the model it should have, one line per object, in the words
 * {@code shale check --db} uses for drift ({@link Drift}): {@code column users.nickname exists in the
 * database but not in the snapshot}.
 */
public final class SchemaDifferences {

    private SchemaDifferences() {
    }

    /** The differences, none when the models agree. */
    public static List<String> between(SchemaModel actual, SchemaModel expected) {
        return Drift.between(actual, expected).items().stream().map(DriftItem::message).toList();
    }
}
