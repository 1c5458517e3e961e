package dev.shale.migrations.verify;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.ChangeDescriptions;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.List;

/**
 * How a database's model differs from the model it should have, one line per object: for now the changes
 * that would turn the database into the expected model ({@code create table public.users}, ...), in the
 * words of {@link ChangeDescriptions}. The one place that words verify's differences.
 */
public final class SchemaDifferences {

    private SchemaDifferences() {
    }

    /** The differences, none when the models agree. */
    public static List<String> between(SchemaModel actual, SchemaModel expected) {
        List<Change> changes = MigrationPlanner.plan(actual, expected, RenameHints.NONE).changes();
        return changes.stream().map(ChangeDescriptions::describe).toList();
    }
}
