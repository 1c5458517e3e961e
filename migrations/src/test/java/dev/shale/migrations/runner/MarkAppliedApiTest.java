package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.BaselineResult;
import dev.shale.api.MarkAppliedOptions;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.model.SchemaModel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Shale#markApplied} through a {@code DataSource}: the schemas it compares with are read from databases
 * built by the migrations' SQL (where the CLI reads snapshots), so the API is tested without the CLI.
 */
@ExtendWith(PostgresExtension.class)
class MarkAppliedApiTest {

    @TempDir
    Path root;

    @Test
    void recordsTheOldestPendingMigrationOnceTheSchemaShowsIt(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "two", "CREATE TABLE two (id int);")
                .up("20260101000003", "three", "CREATE TABLE three (id int);");
        Shale.migrate(Db.dataSource(db), files.source(), dev.shale.api.MigrateOptions.DEFAULTS.withTo("20260101000001"));
        SchemaModel before = model(db);
        db.execute("CREATE TABLE two (id int)");
        SchemaModel after = model(db);
        MarkAppliedOptions options = new MarkAppliedOptions("20260101000002", after, before, "two.json", false, false,
                RunnerSettings.DEFAULTS);

        BaselineResult result = Shale.markApplied(Db.dataSource(db), files.source(), options);

        assertEquals(2, result.batch());
        assertEquals("20260101000002", result.recorded().get(0).version());
        assertEquals(List.of("20260101000003_three"), result.pending());
        assertEquals(List.of("20260101000001|one|1", "20260101000002|two|2"), Db.history(db));
        assertEquals(1, Shale.migrate(Db.dataSource(db), files.source()).applied().size());

        MigrationRefusedException again = assertThrows(MigrationRefusedException.class,
                () -> Shale.markApplied(Db.dataSource(db), files.source(), options));
        assertEquals(MigrationRefusedException.Reason.INVALID_REQUEST, again.reason());
        assertTrue(again.description().endsWith("is applied already. Nothing was changed."), again.description());
    }

    @Test
    void aSchemaThatDiffersIsRefusedWithItsReasonAndNothingChanges(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "two", "CREATE TABLE two (id int);");
        Shale.migrate(Db.dataSource(db), files.source(), dev.shale.api.MigrateOptions.DEFAULTS.withTo("20260101000001"));
        SchemaModel before = model(db);
        db.execute("CREATE TABLE two (id int)");
        SchemaModel expected = model(db);
        db.execute("ALTER TABLE two ADD COLUMN other text");

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class, () -> Shale.markApplied(
                Db.dataSource(db), files.source(), new MarkAppliedOptions("20260101000002", expected, before,
                        "two.json", false, false, RunnerSettings.DEFAULTS)));

        assertEquals(MigrationRefusedException.Reason.SCHEMA_DIFFERS, refused.reason());
        assertTrue(refused.description().contains("column two.other exists in the database but not in the snapshot"),
                refused.description());
        assertEquals(List.of("20260101000001|one|1"), Db.history(db));
    }

    private static SchemaModel model(TestDatabase db) {
        return Shale.introspect(Db.dataSource(db), List.of("public"), RunnerSettings.DEFAULTS).model();
    }
}
