package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated migrations carry pre-flight data checks ({@code shale:requires}) that {@code migrate} runs read-only
 * before it changes anything: rows that would make the migration fail stop it with exit code 8, naming the file,
 * the object, the count and example keys; {@code --dry-run} reports the checks; they can be switched off.
 */
@ExtendWith(PostgresExtension.class)
class PreflightCommandTest {

    private static final String SECOND = "migrations/20261121093100_second.sql";

    @TempDir
    Path temp;

    /** Generates "preflight" then "preflightlater", and migrates the first. */
    private DatabaseProject history(TestDatabase db) {
        TestProject files = new TestProject(temp).withFixture("preflight");
        assertEquals(ExitCode.OK, files.run("generate", "--name", "first").exitCode());
        files.withFixture("preflightlater");
        assertEquals(ExitCode.OK, files.run("generate", "--name", "second").exitCode());
        DatabaseProject project = new DatabaseProject(temp, db);
        DatabaseProject.Run first = project.run("migrate", "--to", "20261121093000");
        assertEquals(ExitCode.OK, first.exitCode(), first.all());
        return project;
    }

    @Test
    void rowsThatWouldFailTheMigrationStopItWithExitCode8(TestDatabase db) throws Exception {
        DatabaseProject project = history(db);
        String up = Files.readString(temp.resolve(SECOND));
        assertTrue(up.contains("-- shale:loses column public.accounts.code\n"
                + "-- shale:requires enum-unused public.tier 'LEGACY'\n"
                + "-- shale:requires cast public.accounts.code varchar(20) -> varchar(5)\n"
                + "-- shale:requires no-nulls public.accounts.email\n"
                + "-- shale:requires unique public.accounts accounts_email_key (email)\n"
                + "-- shale:requires check public.accounts accounts_score_check score >= 0\n"
                + "-- shale:requires references public.accounts accounts_owner_id_fkey (owner_id) public.owners (id)\n"
                + "--\n"), up);
        db.execute("INSERT INTO owners VALUES (1)", "INSERT INTO accounts VALUES (1, 'a@x', 'abc', 1, 1, 'FREE'),"
                + " (2, NULL, 'abcdefg', 2, NULL, 'GOLD'), (3, 'a@x', 'xy', -5, 7, 'LEGACY'), (4, 'd@x', NULL, 0, NULL,"
                + " NULL)");
        String before = db.dump();
        String expected = "error: 6 pre-flight data checks failed: the rows would make migrate fail.\n"
                + "  " + SECOND + ": 1 row uses enum value public.tier 'LEGACY', which the migration removes (in"
                + " public.accounts.tier): public.accounts id=3\n"
                + "  " + SECOND + ": 1 value of public.accounts.code cannot be converted from varchar(20) to varchar(5)"
                + " unchanged (rejected, cut or rounded): id=2\n"
                + "  " + SECOND + ": public.accounts.email holds 1 NULL (SET NOT NULL needs none): id=2\n"
                + "  " + SECOND + ": 2 rows of public.accounts share their (email) with another row (unique"
                + " accounts_email_key): id=1, id=3\n"
                + "  " + SECOND + ": 1 row of public.accounts violates check accounts_score_check (score >= 0): id=3\n"
                + "  " + SECOND + ": 1 row of public.accounts (owner_id) has no match in public.owners (id) (foreign"
                + " key accounts_owner_id_fkey): id=3\n"
                + "  Nothing was run.\n"
                + "  fix: correct or delete those rows before the migration runs: discard it while no database has"
                + " applied it (shale discard), write a data migration that fixes them (shale create NAME, then shale"
                + " hash) and run shale generate again; or fix them by hand, or change the schema records (@Backfill,"
                + " @Default) and generate again; to run without these checks, run migrate with --skip-data-checks"
                + " (skipDataChecks)\n";

        DatabaseProject.Run refused = project.run("migrate", "--allow-data-loss");
        assertEquals(ExitCode.DATA_CHECK, refused.exitCode(), refused.all());
        assertEquals(expected, refused.err());
        assertEquals(before, db.dump());
        assertEquals(1, project.history().size());

        DatabaseProject.Run dryRun = project.run("migrate", "--dry-run");
        assertEquals(ExitCode.DATA_CHECK, dryRun.exitCode(), dryRun.all());
        assertEquals(expected, dryRun.err());

        // switched off, the migration runs and PostgreSQL refuses it: nothing is applied either way
        DatabaseProject.Run skipped = project.run("migrate", "--allow-data-loss", "--skip-data-checks");
        assertEquals(ExitCode.DATABASE, skipped.exitCode(), skipped.all());
        Files.writeString(temp.resolve("shale.yaml"), "database:\n  dataChecks: false\n",
                java.nio.file.StandardOpenOption.APPEND);
        DatabaseProject.Run configured = project.run("migrate", "--allow-data-loss");
        assertEquals(ExitCode.DATABASE, configured.exitCode(), configured.all());
        assertEquals(before, db.dump());
        assertEquals(1, project.history().size());
        Files.writeString(temp.resolve("shale.yaml"), Files.readString(temp.resolve("shale.yaml"))
                .replace("dataChecks: false", "dataChecks: true"));

        db.execute("UPDATE accounts SET tier = 'GOLD', score = 0, owner_id = 1, email = 'c@x' WHERE id = 3",
                "UPDATE accounts SET email = 'b@x', code = 'abcde' WHERE id = 2");
        DatabaseProject.Run clean = project.run("migrate", "--dry-run", "--allow-data-loss");
        assertEquals(ExitCode.OK, clean.exitCode(), clean.all());
        assertTrue(clean.out().startsWith("-- pre-flight data checks, run read-only on " + db.jdbcUrl() + ":\n"
                + "--   " + SECOND + ": no row using enum value public.tier 'LEGACY' (removed): ok\n"
                + "--   " + SECOND + ": every value of public.accounts.code converting from varchar(20) to varchar(5)"
                + " unchanged: ok\n"
                + "--   " + SECOND + ": no NULLs in public.accounts.email (SET NOT NULL): ok\n"
                + "--   " + SECOND + ": no duplicate (email) in public.accounts (accounts_email_key): ok\n"
                + "--   " + SECOND + ": no row of public.accounts violating check accounts_score_check (score >= 0): ok\n"
                + "--   " + SECOND + ": no row of public.accounts (owner_id) without its match in public.owners (id)"
                + " (foreign key accounts_owner_id_fkey): ok\n-- shale migrate: 1 migration"), clean.out());

        DatabaseProject.Run json = project.run("migrate", "--dry-run", "--allow-data-loss", "--format", "json");
        assertTrue(json.out().contains("\"dataChecks\" : [ \"" + SECOND + ": no row using enum value"
                + " public.tier 'LEGACY' (removed): ok\", "), json.out());

        DatabaseProject.Run applied = project.run("migrate", "--allow-data-loss");
        assertEquals(ExitCode.OK, applied.exitCode(), applied.all());
        assertEquals(2, project.history().size());
        assertEquals(List.of("abcde"), project.query("SELECT code FROM accounts WHERE id = 2"));
    }

    @Test
    void aConfigValueThatIsNotABooleanIsRefused(TestDatabase db) throws Exception {
        DatabaseProject project = history(db);
        Files.writeString(temp.resolve("shale.yaml"), "database:\n  dataChecks: no-thanks\n",
                java.nio.file.StandardOpenOption.APPEND);
        DatabaseProject.Run run = project.run("migrate");
        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertTrue(run.err().contains("database.dataChecks must be true or false, not \"no-thanks\""), run.all());
    }
}
