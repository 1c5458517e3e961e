package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.ForeignKey;
import dev.shale.model.KeyOptions;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.PostgresServer;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * INCLUDE, NULLS NOT DISTINCT and storage parameters of primary keys and unique constraints: built, read back equal
 * (not as unmanaged details), and changed on a table with rows, a foreign key on the changed key kept.
 */
@ExtendWith(PostgresExtension.class)
class KeyOptionsTest {

    private static final boolean NULLS_NOT_DISTINCT = PostgresServer.shared().major() >= 15;
    private static final QualifiedName EVENTS = new QualifiedName("Shop", "Events");

    private final Introspector introspector = new Introspector();

    private static SchemaModel model(KeyOptions keyOptions, KeyOptions uniqueOptions) {
        Table events = Table.builder(EVENTS)
                .column(Column.of("id", ColumnType.builtIn("integer"), false))
                .column(Column.of("Code", ColumnType.builtIn("text"), true))
                .column(Column.of("title", ColumnType.builtIn("text"), true))
                .column(Column.of("note", ColumnType.builtIn("text"), true))
                .primaryKey(new PrimaryKey("Events_pkey", List.of("id"), Deferrability.NOT_DEFERRABLE, keyOptions))
                .unique(new UniqueConstraint("Events_Code_key", List.of("Code"), Deferrability.NOT_DEFERRABLE,
                        uniqueOptions))
                .build();
        Table tickets = Table.builder(QualifiedName.of("tickets"))
                .column(Column.of("id", ColumnType.builtIn("integer"), false))
                .column(Column.of("event_code", ColumnType.builtIn("text"), true))
                .column(Column.of("event_id", ColumnType.builtIn("integer"), true))
                .primaryKey("tickets_pkey", "id")
                .foreignKey(ForeignKey.builder("tickets_event_code_fkey", EVENTS).columns(List.of("event_code"))
                        .referencedColumns(List.of("Code")).build())
                .foreignKey(ForeignKey.builder("tickets_event_id_fkey", EVENTS).columns(List.of("event_id"))
                        .referencedColumns(List.of("id")).build())
                .build();
        return SchemaModel.builder().schema("Shop").table(events).table(tickets).build();
    }

    private static KeyOptions uniqueOptions() {
        KeyOptions options = KeyOptions.NONE.withInclude(List.of("title", "note")).withStorage("fillfactor", "70");
        return NULLS_NOT_DISTINCT ? options.withNullsNotDistinct(true) : options;
    }

    @Test
    void keyOptionsReadBackEqualAndAreNoDetails(TestDatabase database) throws SQLException {
        SchemaModel model = model(KeyOptions.NONE.withInclude(List.of("title")).withStorage("fillfactor", "80"),
                uniqueOptions());
        database.execute(up(SchemaModel.EMPTY, model));
        database.execute("INSERT INTO \"Shop\".\"Events\" VALUES (1, 'a', 'A', 'n'), (2, NULL, NULL, NULL)");
        database.execute("INSERT INTO tickets VALUES (1, 'a', 1), (2, NULL, 2)");

        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("Shop", "public"));
        }
        assertTrue(model.equals(result.model()), () -> ModelText.firstDifference(model, result.model()));
        assertEquals(List.of(), result.unmanaged());
        if (NULLS_NOT_DISTINCT) {
            assertThrows(StatementFailedException.class,
                    () -> database.execute("INSERT INTO \"Shop\".\"Events\" (id) VALUES (3)"));
        }
    }

    @Test
    void aChangedOptionRecreatesTheKeyAndItsForeignKeysOnRows(TestDatabase database) throws SQLException {
        SchemaModel before = model(KeyOptions.NONE, KeyOptions.NONE);
        SchemaModel after = model(KeyOptions.NONE.withStorage("fillfactor", "90"), uniqueOptions());
        database.execute(up(SchemaModel.EMPTY, before));
        database.execute("INSERT INTO \"Shop\".\"Events\" VALUES (1, 'a', 'A', 'n'), (2, 'b', NULL, NULL),"
                + " (3, NULL, NULL, NULL)");
        database.execute("INSERT INTO tickets VALUES (1, 'a', 1), (2, 'b', 2), (3, NULL, 3)");

        List<String> migration = up(before, after);
        assertTrue(migration.stream().anyMatch(s -> s.contains("DROP CONSTRAINT tickets_event_code_fkey")),
                migration::toString);
        database.execute(migration);
        SchemaModel read;
        try (Connection connection = database.connect()) {
            read = introspector.read(connection, List.of("Shop", "public"));
        }
        assertTrue(after.equals(read), () -> ModelText.firstDifference(after, read));
        assertEquals(List.of("1", "2", "3"), database.firstColumn("SELECT id FROM \"Shop\".\"Events\" ORDER BY id"));
        assertEquals(List.of("1", "2", "3"), database.firstColumn("SELECT id FROM tickets ORDER BY id"));
        assertThrows(StatementFailedException.class,
                () -> database.execute("INSERT INTO tickets VALUES (4, 'zz', NULL)"));

        database.execute(up(after, before));
        try (Connection connection = database.connect()) {
            SchemaModel back = introspector.read(connection, List.of("Shop", "public"));
            assertTrue(before.equals(back), () -> ModelText.firstDifference(before, back));
        }
    }

    private static List<String> up(SchemaModel from, SchemaModel to) {
        return MigrationPlanner.plan(from, to, RenameHints.NONE).up().stream().map(SqlStatement::sql).toList();
    }
}
