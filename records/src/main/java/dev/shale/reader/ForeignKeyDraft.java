package dev.shale.reader;

import dev.shale.model.Deferrability;
import dev.shale.model.ReferentialAction;
import java.util.List;

/**
 * A foreign key as declared, named but not yet resolved: the referenced record class and its
 * columns ({@code empty} for its primary key) become a table name and column names later.
 */
record ForeignKeyDraft(String name, List<String> columns, Class<?> target, List<String> targetColumns,
                       ReferentialAction onDelete, ReferentialAction onUpdate, Deferrability deferrability,
                       boolean notValid, String component) {

    ForeignKeyDraft {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
