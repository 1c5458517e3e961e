package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale migrate --mark-applied VERSION} on a real database: a run interrupted after a non-transactional
 * migration built its index (simulated by building it by hand, the history left without it) makes the next
 * {@code migrate} fail with OBJECT_EXISTS and a hint naming that case; marking the migration records it after
 * checking the schema, and the next {@code migrate} goes on. Every refusal changes nothing.
 */
@ExtendWith(PostgresExtension.class)
class MarkAppliedTest {

    private static final String FIRST = "20261121093000";
    private static final String INDEX = "20261121093200";

    @TempDir
    Path dir;

    /**
     * notes created and migrated, then a pending migration that builds an index, edited (and accepted with shale
     * hash) to build it CONCURRENTLY outside a transaction, as a large table needs.
     */
    private DatabaseProject withPendingIndex(TestDatabase db) {
        return withPendingIndex(db, true);
    }

    /**
     * As {@link #withPendingIndex(TestDatabase)}, the index built without CONCURRENTLY (still outside a transaction)
     * when {@code concurrently} is false: a VALID index of a concurrent build's name counts as built when migrate runs
     * it again, so only a plain build shows an interrupted run that migrate cannot finish by itself.
     */
    private DatabaseProject withPendingIndex(TestDatabase db, boolean concurrently) {
        DatabaseProject project = new DatabaseProject(dir, db);
        new TestProject(dir).withFixture("markapplied").withPlainDdl();
        assertEquals(ExitCode.OK, project.run("generate", "--name", "create_notes").exitCode());
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        new TestProject(dir).withFixture("markappliedlater").withPlainDdl();
        DatabaseProject.Run generated = project.run("generate", "--name", "index_body");
        assertEquals(ExitCode.OK, generated.exitCode(), generated.all());
        Path file = dir.resolve("migrations/" + INDEX + "_index_body.sql");
        try {
            Files.writeString(file, indexMigration().replace("-- shale:step 1 transactional", "-- shale:step 1 non-transactional")
                    .replace("CREATE INDEX ", concurrently ? "CREATE INDEX CONCURRENTLY " : "CREATE INDEX "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(indexMigration().contains(concurrently ? "CREATE INDEX CONCURRENTLY notes_body_idx"
                : "CREATE INDEX notes_body_idx"), indexMigration());
        assertEquals(ExitCode.OK, project.run("hash").exitCode());
        return project;
    }

    private String indexMigration() {
        try {
            return Files.readString(dir.resolve("migrations/" + INDEX + "_index_body.sql"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The index migration's statement, run by hand: what an interrupted run leaves. */
    private void buildTheIndexByHand(TestDatabase db) {
        String sql = indexMigration().lines().filter(l -> l.startsWith("CREATE INDEX")).findFirst().orElseThrow();
        db.execute(sql.substring(0, sql.length() - 1));
    }

    @Test
    void anInterruptedMigrationIsMarkedAfterTheSchemaCheckAndMigrateGoesOn(TestDatabase db) {
        DatabaseProject project = withPendingIndex(db, false);
        buildTheIndexByHand(db);

        DatabaseProject.Run failed = project.run("migrate");
        assertEquals(ExitCode.DATABASE, failed.exitCode(), failed.all());
        assertTrue(failed.err().contains("OBJECT_EXISTS: the object already exists, and migrations/" + INDEX
                + "_index_body.sql has non-transactional steps, so an earlier run of this"
                + " migration may have been interrupted after creating it: compare the database with shale check --db;"
                + " if that run did all its work, record it with shale migrat"), failed.all());
        assertTrue(failed.err().contains("an INVALID index left by CREATE INDEX CONCURRENTLY too: drop it and migrate"
                + " again"), failed.all());
        assertTrue(!failed.err().contains("created by hand"), failed.all());

        DatabaseProject.Run dryRun = project.run("migrate", "--mark-applied", INDEX, "--dry-run");
        assertEquals(ExitCode.OK, dryRun.exitCode(), dryRun.all());
        assertTrue(dryRun.out().contains("Would record on ") && dryRun.out().contains(INDEX + "  index_body  (not run)"),
                dryRun.all());
        assertEquals(List.of(FIRST + "|create_notes|1"), project.history());

        DatabaseProject.Run marked = project.run("migrate", "--mark-applied", INDEX);
        assertEquals(ExitCode.OK, marked.exitCode(), marked.all());
        assertTrue(marked.out().startsWith("Recorded on "), marked.all());
        assertTrue(marked.out().contains("Marked 1 migration as applied"), marked.all());
        assertEquals(List.of(FIRST + "|create_notes|1", INDEX + "|index_body|2"), project.history());
        assertEquals(List.of("0"), project.query("SELECT execution_ms FROM shale_migrations WHERE version = '" + INDEX
                + "'"));

        DatabaseProject.Run status = project.run("status");
        assertEquals(ExitCode.OK, status.exitCode(), status.all());
        assertTrue(status.out().contains("2 migrations: 2 applied, 0 pending"), status.all());
        DatabaseProject.Run again = project.run("migrate");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertTrue(again.out().startsWith("Nothing to migrate"), again.all());
        assertEquals(ExitCode.OK, project.run("check", "--db").exitCode());
    }

    @Test
    void anInvalidIndexLeftByAFailedConcurrentBuildIsNotMarkedAndCheckNamesItsFix(TestDatabase db) {
        DatabaseProject project = withPendingIndex(db);
        // a body too long for a btree entry makes the concurrent build fail half-way: the index is left INVALID
        db.execute("INSERT INTO notes (body) SELECT string_agg(md5(i::text), '') FROM generate_series(1, 1000) i",
                "INSERT INTO notes (body) VALUES ('short')");
        DatabaseProject.Run failed = project.run("migrate");
        assertEquals(ExitCode.DATABASE, failed.exitCode(), failed.all());
        assertEquals(List.of("f"), db.firstColumn("SELECT indisvalid FROM pg_index"
                + " WHERE indexrelid = 'notes_body_idx'::regclass"));

        DatabaseProject.Run refused = project.run("migrate", "--mark-applied", INDEX);

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: the database does not show that migrations/" + INDEX
                + "_index_body.sql ran to the end, so nothing was changed: its schema matches the snapshot snapshots/"
                + INDEX + "_index_body.json, but\n    - index notes_body_idx on public.notes is INVALID\n"),
                refused.all());
        assertTrue(refused.err().contains("fix: drop an INVALID index (DROP INDEX CONCURRENTLY)"), refused.all());
        assertEquals(List.of(FIRST + "|create_notes|1"), project.history());
        DatabaseProject.Run check = project.run("check", "--db");
        assertEquals(7, check.exitCode(), check.all());
        assertTrue(check.out().contains("fix: drop it: DROP INDEX CONCURRENTLY public.notes_body_idx;"), check.all());

        db.execute("DROP INDEX CONCURRENTLY public.notes_body_idx", "DELETE FROM notes WHERE length(body) > 1000");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        DatabaseProject.Run clean = project.run("check", "--db");
        assertEquals(ExitCode.OK, clean.exitCode(), clean.all());
    }

    @Test
    void aDatabaseWithoutTheMigrationsEffectIsRefusedWithTheDifferences(TestDatabase db) {
        DatabaseProject project = withPendingIndex(db);
        String before = db.dump();

        DatabaseProject.Run refused = project.run("migrate", "--mark-applied", INDEX);

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: the database does not show that migrations/" + INDEX
                + "_index_body.sql ran, so nothing was changed: it differs from its snapshot snapshots/" + INDEX
                + "_index_body.json in 1 object:\n    - index notes_body_idx on notes is missing from the database\n"),
                refused.all());
        assertTrue(refused.err().contains("fix: if the migration did not run or ran half-way"), refused.all());
        assertEquals(List.of(FIRST + "|create_notes|1"), project.history());
        assertEquals(before, db.dump());
    }

    @Test
    void onlyTheOldestPendingMigrationCanBeMarked(TestDatabase db) {
        DatabaseProject project = withPendingIndex(db);
        assertEquals(ExitCode.OK, project.run("rollback", "--force").exitCode());

        DatabaseProject.Run refused = project.run("migrate", "--mark-applied", INDEX);

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: migrations/" + INDEX + "_index_body.sql is not the oldest pending"
                + " migration: migrations/" + FIRST + "_create_notes.sql is pending before it"), refused.all());
        assertTrue(refused.err().contains("fix: apply the earlier one first (shale migrate --to " + FIRST + ")"),
                refused.all());
        assertEquals(List.of(), project.history());
    }

    @Test
    void aMigrationThatChangesNoSchemaNeedsForce(TestDatabase db) {
        DatabaseProject project = withPendingIndex(db);
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        DatabaseProject.Run created = project.run("create", "seed_notes");
        assertEquals(ExitCode.OK, created.exitCode(), created.all());
        String seed = Files.exists(dir.resolve("migrations/20261121093600_seed_notes.sql")) ? "20261121093600"
                : created.out().replaceAll("(?s).*migrations/(\\d{14})_seed_notes\\.sql.*", "$1");

        DatabaseProject.Run refused = project.run("migrate", "--mark-applied", seed);
        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("_seed_notes.sql changes no schema (its snapshot snapshots/" + seed
                + "_seed_notes.json equals the one before it), so the database cannot show whether it ran"), refused.all());
        assertTrue(refused.err().contains("fix: check its effect yourself; if it did run, mark it with --force"),
                refused.all());
        assertEquals(2, project.history().size());

        DatabaseProject.Run forced = project.run("migrate", "--mark-applied", seed, "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.all());
        assertEquals(3, project.history().size());

        DatabaseProject.Run twice = project.run("migrate", "--mark-applied", seed, "--force");
        assertEquals(ExitCode.USAGE, twice.exitCode(), twice.all());
        assertTrue(twice.err().startsWith("error: migrations/" + seed + "_seed_notes.sql is applied already."),
                twice.all());
        assertEquals(3, project.history().size());
    }

    @Test
    void anUnknownVersionIsRefused(TestDatabase db) {
        DatabaseProject project = withPendingIndex(db);

        DatabaseProject.Run unknown = project.run("migrate", "--mark-applied", "20300101000000");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.all());
        assertTrue(unknown.err().startsWith("error: no migration in migrations has the version 20300101000000"),
                unknown.all());
        DatabaseProject.Run garbage = project.run("migrate", "--mark-applied", "latest");
        assertEquals(ExitCode.USAGE, garbage.exitCode(), garbage.all());
        assertTrue(garbage.err().startsWith("error: --mark-applied needs a migration version of 14 digits"),
                garbage.all());
        assertEquals(1, project.history().size());
    }

    @Test
    void aTransactionalMigrationKeepsTheHandEditHint(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db).up("20260101000001", "one", "CREATE TABLE one (id int);");
        db.execute("CREATE TABLE one (id int)");

        DatabaseProject.Run failed = project.run("migrate");

        assertEquals(ExitCode.DATABASE, failed.exitCode(), failed.all());
        assertTrue(failed.err().contains("OBJECT_EXISTS: " + dev.shale.api.ErrorClass.OBJECT_EXISTS.hint()), failed.all());
    }
}
