package dev.shale.diff.drift;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Extension;
import dev.shale.model.Identifiers;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Extensions a database holds in another schema than its snapshot (moved by hand with {@code ALTER EXTENSION ...
 * SET SCHEMA}). The differ refuses such a move ({@code MovedExtensionException}); drift reports it instead, with
 * the statement that moves it back, and compares the rest of the database as if it were back: the extension's
 * types moved with it, so a column of one of them is not drift of its own.
 */
final class MovedExtensions {

    /** One extension in schema {@code actualSchema} in the database, {@code expectedSchema} in the snapshot. */
    record Moved(String name, String expectedSchema, String actualSchema) {

        /** {@code ALTER EXTENSION citext SET SCHEMA public}: moves it back, its types, functions and operators too. */
        String sql() {
            return "ALTER EXTENSION " + Identifiers.quote(name) + " SET SCHEMA " + Identifiers.quote(expectedSchema);
        }

        /** The drift entry: the extension, both schemas and the fix. */
        DriftItem item() {
            return new DriftItem(DriftItem.Kind.CHANGED, "extension", name, "schema", expectedSchema, actualSchema,
                    "extension " + name + " is in schema " + actualSchema + " in the database, " + expectedSchema
                            + " in the snapshot: move it back with " + sql() + " (its types, functions and operators"
                            + " move with it), or, if the move was meant, make it in a migration of its own and"
                            + " declare @Extension(value = \"" + name + "\", schema = \"" + actualSchema + "\")");
        }
    }

    private MovedExtensions() {
    }

    /** The extensions of {@code expected} that {@code actual} holds in another schema, by name. */
    static List<Moved> of(SchemaModel actual, SchemaModel expected) {
        List<Moved> moved = new ArrayList<>();
        for (Extension wanted : expected.extensions()) {
            actual.extension(wanted.name()).filter(had -> !had.schema().equals(wanted.schema()))
                    .ifPresent(had -> moved.add(new Moved(wanted.name(), wanted.schema(), had.schema())));
        }
        return moved;
    }

    /**
     * {@code actual} as if {@code moved} were back in their schemas: each extension in its expected schema, and each
     * column whose type sits in a moved extension's new schema where the snapshot's same column has the same type
     * in the old one, with the snapshot's type.
     */
    static SchemaModel movedBack(SchemaModel actual, SchemaModel expected, List<Moved> moved) {
        if (moved.isEmpty()) {
            return actual;
        }
        List<Extension> extensions = actual.extensions().stream().map(e -> moved.stream()
                .filter(m -> m.name().equals(e.name())).findFirst()
                .map(m -> new Extension(e.name(), m.expectedSchema(), e.version())).orElse(e)).toList();
        List<Table> tables = actual.tables().stream().map(t -> expected.table(t.name())
                .map(e -> t.toBuilder().columns(t.columns().stream().map(c -> movedBack(c, e, moved)).toList())
                        .build())
                .orElse(t)).toList();
        return actual.toBuilder().extensions(extensions).tables(tables).build();
    }

    private static Column movedBack(Column column, Table expected, List<Moved> moved) {
        ColumnType type = column.type();
        if (type.schema() == null) {
            return column;
        }
        Optional<Column> wanted = expected.columns().stream().filter(c -> c.name().equals(column.name())).findFirst();
        for (Moved m : moved) {
            if (type.schema().equals(m.actualSchema())) {
                ColumnType back = new ColumnType(m.expectedSchema(), type.name(), type.modifiers(), type.dimensions());
                if (wanted.isPresent() && wanted.get().type().equals(back)) {
                    return column.toBuilder().type(back).build();
                }
            }
        }
        return column;
    }
}
