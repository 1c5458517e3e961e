package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateOptions;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.introspect.Introspector;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.ExclusionConstraint;
import dev.shale.model.Extension;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exclusion constraint added to a table with rows, on a real database: rows that do not conflict stay and the
 * constraint then refuses an overlapping row; rows that conflict make the migration fail with PostgreSQL's error
 * naming the constraint and the conflicting keys, and nothing of the migration stays (its extension included).
 */
@ExtendWith(PostgresExtension.class)
class ExclusionOnDataTest {

    private static final ExclusionConstraint NO_OVERLAP = ExclusionConstraint.builder("bookings_no_overlap")
            .element("room_id", "=").element("during", "&&").where("NOT cancelled").build();

    @TempDir
    Path root;

    private static Table.Builder bookings() {
        return Table.builder(QualifiedName.of("bookings"))
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull().build())
                .column(Column.builder("room_id", ColumnType.builtIn("bigint")).notNull().build())
                .column(Column.builder("during", ColumnType.builtIn("tstzrange")).notNull().build())
                .column(Column.builder("cancelled", ColumnType.builtIn("boolean")).notNull().defaultExpression("false")
                        .build())
                .primaryKey("bookings_pkey", "id");
    }

    private static final SchemaModel PLAIN = SchemaModel.builder().table(bookings()).build();
    private static final SchemaModel EXCLUDING = SchemaModel.builder().extension(Extension.of("btree_gist", "public"))
            .table(bookings().exclusion(NO_OVERLAP)).build();

    private MigrationFiles history() {
        MigrationPlan create = MigrationPlanner.plan(SchemaModel.EMPTY, PLAIN, RenameHints.NONE);
        MigrationPlan exclude = MigrationPlanner.plan(PLAIN, EXCLUDING, RenameHints.NONE);
        return new MigrationFiles(root)
                .up("20260101000001", "create", file(create.up()))
                .up("20260101000002", "exclude", file(exclude.up()))
                .down("20260101000002", "exclude", file(exclude.down()));
    }

    private static String file(List<SqlStatement> statements) {
        StringBuilder out = new StringBuilder(MigrationFiles.header(true, "long-lock"));
        statements.forEach(s -> out.append('\n').append(s.sql()).append(";\n"));
        return out.toString();
    }

    private static List<Table> bookings(SchemaModel read) {
        return read.tables().stream().filter(t -> t.name().name().equals("bookings")).toList();
    }

    @Test
    void rowsThatDoNotConflictStayAndTheConstraintThenHolds(TestDatabase db) throws SQLException {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history();
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO bookings (id, room_id, during, cancelled) VALUES"
                + " (1, 1, '[2026-01-01 10:00, 2026-01-01 11:00)', false),"
                + " (2, 1, '[2026-01-01 11:00, 2026-01-01 12:00)', false),"
                + " (3, 2, '[2026-01-01 10:00, 2026-01-01 11:00)', false),"
                + " (4, 1, '[2026-01-01 10:30, 2026-01-01 11:30)', true)");

        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS);

        assertEquals(List.of("1", "2", "3", "4"), db.firstColumn("SELECT id FROM bookings ORDER BY id"));
        try (Connection connection = db.connect()) {
            assertEquals(EXCLUDING.tables(), bookings(new Introspector().read(connection, List.of("public"))));
        }
        RuntimeException refused = assertThrows(RuntimeException.class, () -> db.execute("INSERT INTO bookings"
                + " (id, room_id, during) VALUES (5, 1, '[2026-01-01 10:15, 2026-01-01 10:45)')"));
        assertTrue(refused.getMessage().contains("bookings_no_overlap"), refused.getMessage());
        db.execute("INSERT INTO bookings (id, room_id, during, cancelled)"
                + " VALUES (6, 1, '[2026-01-01 10:15, 2026-01-01 10:45)', true)");

        Shale.rollback(data, files.source(), RollbackOptions.DEFAULTS);
        try (Connection connection = db.connect()) {
            assertEquals(PLAIN.tables(), bookings(new Introspector().read(connection, List.of("public"))));
        }
        assertEquals(List.of("1", "2", "3", "4", "6"), db.firstColumn("SELECT id FROM bookings ORDER BY id"));
    }

    @Test
    void conflictingRowsFailTheMigrationByNameAndLeaveNothingApplied(TestDatabase db) throws SQLException {
        DataSource data = Db.dataSource(db);
        MigrationFiles files = history();
        Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO bookings (id, room_id, during) VALUES"
                + " (1, 7, '[2026-01-01 10:00, 2026-01-01 11:00)'),"
                + " (2, 7, '[2026-01-01 10:30, 2026-01-01 11:30)'),"
                + " (3, 8, '[2026-01-01 10:30, 2026-01-01 11:30)')");

        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> Shale.migrate(data, files.source(), MigrateOptions.DEFAULTS));

        String message = messages(failed);
        assertTrue(message.contains("bookings_no_overlap") && message.contains("conflicts with key"), message);
        assertTrue(message.contains("(room_id, during)=(7,"), message);
        assertEquals(List.of("1", "2", "3"), db.firstColumn("SELECT id FROM bookings ORDER BY id"));
        assertEquals(List.of("0"), db.firstColumn("SELECT count(*) FROM pg_constraint WHERE contype = 'x'"));
        assertEquals(List.of("0"), db.firstColumn("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'"));
        try (Connection connection = db.connect()) {
            assertEquals(PLAIN.tables(), bookings(new Introspector().read(connection, List.of("public"))));
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }
}
