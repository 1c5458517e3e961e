package dev.shale.examples.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationSource;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.cli.ShaleCommand;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The checked-in history of the portal example is what Shale generates, and it applies both ways. */
@ExtendWith(PostgresExtension.class)
class PortalHistoryTest {

    private static final Path EXAMPLE = Path.of("").toAbsolutePath();
    private static final MigrationDirectory HISTORY =
            new MigrationDirectory(EXAMPLE, EXAMPLE.resolve("migrations"), EXAMPLE.resolve("snapshots"));

    @Test
    void theRecordsMatchTheLatestSnapshot(@TempDir Path copy) throws IOException {
        copyTree(EXAMPLE.resolve("migrations"), copy.resolve("migrations"));
        copyTree(EXAMPLE.resolve("snapshots"), copy.resolve("snapshots"));
        Files.writeString(copy.resolve("shale.yaml"), "schema:\n  packages: [dev.shale.examples.portal]\n  classpath: ['"
                + EXAMPLE.resolve("target/classes").toString().replace("\\", "/") + "']\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = ShaleCommand.execute(Map.of(), Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err),
                "-C", copy.toString(), "generate");

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("No changes"), out.toString());
    }

    @Test
    void theHistoryTellsTheStoryOfTheReadme() {
        List<String> names = HISTORY.listMigrations().migrations().stream().map(m -> m.name().value()).toList();

        assertEquals(List.of("create_portal", "cascade_deletes", "add_ticket_number", "add_users_active",
                "add_super_admin_role"), names);
        assertTrue(HISTORY.verifySum().isEmpty(), HISTORY.verifySum().toString());
        assertTrue(HISTORY.snapshotChain().isIntact(), HISTORY.snapshotChain().findings().toString());
    }

    /** The runner's history tables, dropped before dumps are compared. */
    private static final String DROP_HISTORY = "DROP TABLE public.shale_migrations, public.shale_migration_progress,"
            + " public.shale_unmanaged_objects";

    @Test
    void upBuildsTheLatestSnapshotAndDownEmptiesTheDatabase(TestDatabases databases) throws Exception {
        TestDatabase migrated = databases.create();
        TestDatabase direct = databases.create();
        String empty = migrated.dump();
        List<MigrationFile> files = HISTORY.listMigrations().migrations();

        MigrationSource source = MigrationSource.folder(HISTORY.migrationsFolder());
        assertEquals(files.size(), Shale.migrate(DatabaseUrl.parse(migrated.jdbcUrl()), source, MigrateOptions.DEFAULTS)
                .applied().size());
        migrated.execute(List.of(DROP_HISTORY));
        SchemaModel latest = HISTORY.latestSnapshot().orElseThrow().schema();
        direct.execute(MigrationPlanner.plan(SchemaModel.EMPTY, latest, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList());
        assertEquals(direct.dump(), migrated.dump());

        TestDatabase rolledBack = databases.create();
        DatabaseUrl url = DatabaseUrl.parse(rolledBack.jdbcUrl());
        Shale.migrate(url, source, MigrateOptions.DEFAULTS);
        assertEquals(files.size(), Shale.rollback(url, source, RollbackOptions.DEFAULTS).rolledBack().size());
        rolledBack.execute(List.of(DROP_HISTORY));
        assertEquals(empty, rolledBack.dump());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
