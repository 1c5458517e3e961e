package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-loss gate by facts: a migration whose header says what it loses ({@code shale:loses}) is refused only
 * where that data exists, before anything runs, with counts; a hand-written one without those lines is refused as
 * before. On a real database, with rows.
 */
@ExtendWith(PostgresExtension.class)
class DataLossGateTest {

    private static final String CREATE = "CREATE TYPE status AS ENUM ('NEW', 'OLD', 'GONE');\n"
            + "CREATE TABLE users (id int PRIMARY KEY, nickname text, status status, history status[]);\n"
            + "CREATE TABLE notes (id int PRIMARY KEY);";
    private static final String LOSSES = "-- shale:loses table public.notes\n"
            + "-- shale:loses column public.users.nickname\n"
            + "-- shale:loses enum-value public.status 'GONE'\n";
    private static final String DROP = "DROP TABLE notes;\nALTER TABLE users DROP COLUMN nickname;\n"
            + "ALTER TYPE status RENAME TO status__old;\nCREATE TYPE status AS ENUM ('NEW', 'OLD');\n"
            + "ALTER TABLE users ALTER COLUMN status TYPE status USING status::text::status,"
            + " ALTER COLUMN history TYPE status[] USING history::text[]::status[];\nDROP TYPE status__old;";

    @TempDir
    Path root;

    private MigrationFiles history() {
        return new MigrationFiles(root).up("20260101000001", "create", CREATE)
                .up("20260101000002", "drop", MigrationFiles.header(true, "data-loss") + LOSSES + DROP);
    }

    @Test
    void freshDatabaseMigratesADataLossHistoryWithoutFlags(TestDatabase db) {
        assertEquals(2, Shale.migrate(Db.dataSource(db), history().source()).applied().size());
        assertEquals(List.of("20260101000001|create|1", "20260101000002|drop|1"), Db.history(db));
        assertEquals(List.of("NEW,OLD"), db.firstColumn("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder)"
                + " FROM pg_enum WHERE enumtypid = 'status'::regtype"));
    }

    @Test
    void rowsAreRefusedWithCountsThenAllowed(TestDatabase db) {
        MigrationFiles files = history();
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO notes SELECT generate_series(1, 1234)",
                "INSERT INTO users VALUES (1, 'ann', 'GONE', '{NEW}'), (2, NULL, 'NEW', '{GONE,OLD}'),"
                        + " (3, 'bob', NULL, NULL)");
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.DATA_LOSS, refused.reason());
        assertEquals("migrations/20260101000002_drop.sql", refused.file().orElseThrow());
        assertEquals("migrations/20260101000002_drop.sql loses table public.notes, which holds 1,234 rows;"
                + " migrations/20260101000002_drop.sql loses column public.users.nickname, which holds 2 non-NULL"
                + " values; migrations/20260101000002_drop.sql loses enum value public.status 'GONE', which 2 rows use"
                + " (in public.users.history, public.users.status). Nothing was run.", refused.description());
        assertEquals("if the loss is intended, take a backup and run migrate with --allow-data-loss (allowDataLoss)",
                refused.fix());
        assertEquals(before, db.dump());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
        // a dry run reads the same facts
        assertEquals(Reason.DATA_LOSS, assertThrows(MigrationRefusedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withDryRun(true))).reason());

        // allowed, the rows of notes and the nicknames go; rows still using the enum value would make the type
        // swap itself fail, so they are changed first
        db.execute("UPDATE users SET status = NULL WHERE status = 'GONE'", "UPDATE users SET history = '{OLD}'");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withAllowDataLoss(true));
        assertEquals(2, Db.history(db).size());
        assertEquals(List.of("f"), db.firstColumn("SELECT to_regclass('notes') IS NOT NULL"));
    }

    @Test
    void onlyTheLossesThatHoldDataAreNamed(TestDatabase db) {
        MigrationFiles files = history();
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO users VALUES (1, NULL, 'NEW', '{OLD}')");

        MigrationRefusedException used = assertThrows(MigrationRefusedException.class, () -> {
            db.execute("INSERT INTO users VALUES (2, NULL, NULL, '{NEW,GONE}')");
            Shale.migrate(Db.dataSource(db), files.source());
        });
        assertEquals("migrations/20260101000002_drop.sql loses enum value public.status 'GONE', which 1 row uses"
                + " (in public.users.history). Nothing was run.", used.description());

        // a column holding only NULLs and an enum value no row uses lose nothing
        db.execute("DELETE FROM users WHERE id = 2");
        Shale.migrate(Db.dataSource(db), files.source());
        assertEquals(List.of("1|NEW|{OLD}"), db.firstColumn("SELECT id || '|' || status || '|' || history::text FROM users"));
    }

    /** A data migration before the loss in the same run empties what it would lose: nothing is left to refuse. */
    @Test
    void dataAnEarlierFileOfTheRunRemovesIsNotRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "create", CREATE)
                .up("20260101000002", "clean_up", "DELETE FROM notes;\nUPDATE users SET nickname = NULL;\n"
                        + "UPDATE users SET status = 'OLD' WHERE status = 'GONE';")
                .up("20260101000003", "drop", MigrationFiles.header(true, "data-loss") + LOSSES + DROP);
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO notes VALUES (1), (2); INSERT INTO users VALUES (1, 'ann', 'GONE', NULL)");

        assertEquals(2, Shale.migrate(Db.dataSource(db), files.source()).applied().size());

        assertEquals(List.of("1|OLD"), db.firstColumn("SELECT id || '|' || status FROM users"));
    }

    @Test
    void dataPutThereEarlierInTheBatchIsRefusedAtTheMigrationsStart(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "create", CREATE)
                .up("20260101000002", "seed", "INSERT INTO notes VALUES (1), (2);")
                .up("20260101000003", "drop", MigrationFiles.header(true, "data-loss") + LOSSES + DROP);
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.DATA_LOSS, refused.reason());
        assertEquals("migrations/20260101000003_drop.sql loses table public.notes, which holds 2 rows when it starts"
                + ", after the files before it in this run. The open transaction was rolled back. No migration of this run"
                + " was recorded.", refused.description());
        assertEquals(before, db.dump());
        assertEquals(List.of(), Db.history(db));
    }

    @Test
    void aLossWhoseObjectIsMissingIsRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "drop", MigrationFiles.header(true,
                "data-loss") + "-- shale:loses table public.\"Notes\"\nDROP TABLE IF EXISTS \"Notes\";");
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertTrue(refused.description().startsWith("migrations/20260101000001_drop.sql says it loses table"
                + " public.Notes, which does not exist when it starts, so migrate cannot tell what it would lose."),
                refused.description());
        assertEquals(List.of(), Db.history(db));
    }

    @Test
    void aHandWrittenDataLossWithoutLosesLinesIsRefusedEvenOnAnEmptyDatabase(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "one", "CREATE TABLE one (id int);")
                .up("20260101000002", "drop", MigrationFiles.header(true, "data-loss") + "DROP TABLE one;");
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(Reason.DATA_LOSS, refused.reason());
        assertTrue(refused.description().startsWith("migrations/20260101000002_drop.sql declares data-loss hazards"
                + " in its header (shale:hazards data-loss) without shale:loses lines"), refused.description());
        assertEquals(List.of(), Db.history(db));
    }

    @Test
    void rollbackGatesDownFilesByFacts(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "create", CREATE)
                .down("20260101000001", "create", MigrationFiles.header(true, "data-loss")
                        + "-- shale:loses table public.users\n-- shale:loses table public.notes\n"
                        + "DROP TABLE notes;\nDROP TABLE users;\nDROP TYPE status;");
        Shale.migrate(Db.dataSource(db), files.source());
        db.execute("INSERT INTO users (id) VALUES (1)");
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS));
        assertEquals("migrations/20260101000001_create.down.sql loses table public.users, which holds 1 row."
                + " Nothing was run.", refused.description());
        assertEquals("if the loss is intended, take a backup and roll back with --force (force)", refused.fix());
        assertEquals(before, db.dump());
        assertEquals(1, Db.history(db).size());

        db.execute("DELETE FROM users");
        assertEquals(1, Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS).rolledBack().size());
        assertEquals(List.of(), Db.history(db));

        Shale.migrate(Db.dataSource(db), files.source());
        db.execute("INSERT INTO notes VALUES (1)");
        assertEquals(1, Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withForce(true))
                .rolledBack().size());
    }
}
