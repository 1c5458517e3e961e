package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale migrate} warns, before it runs, of objects Shale does not manage (views, triggers, ...) that depend on
 * a table or column a pending migration drops or changes the type of, saying what will fail.
 */
@ExtendWith(PostgresExtension.class)
class UnmanagedDependentsTest {

    @TempDir
    Path dir;

    private DatabaseProject migrated(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "users", "CREATE TABLE users (id int PRIMARY KEY, email text, name text);\n"
                        + "INSERT INTO users VALUES (1, 'ada@example.com', 'Ada'), (2, 'bob@example.com', 'Bob');");
        DatabaseProject.Run run = project.run("migrate");
        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        return project;
    }

    @Test
    void aViewOnADroppedColumnIsWarnedAboutAndTheMigrationFailsAsSaid(TestDatabase db) {
        DatabaseProject project = migrated(db);
        db.execute("CREATE VIEW emails AS SELECT email FROM users");
        project.up("20260101000002", "drop_email", "ALTER TABLE users DROP COLUMN email;");
        String warning = "warning: view public.emails depends on column public.users.email, which ";
        String consequence = "20260101000002_drop_email.sql drops: the migration will fail (PostgreSQL does not drop"
                + " what other objects depend on); drop or change the view first, in the migration\n";

        DatabaseProject.Run dryRun = project.run("migrate", "--dry-run");
        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.OK, dryRun.exitCode(), dryRun.all());
        assertTrue(dryRun.err().contains(warning) && dryRun.err().contains(consequence), dryRun.all());
        assertEquals(ExitCode.DATABASE, run.exitCode(), run.all());
        assertTrue(run.err().indexOf(warning) >= 0 && run.err().indexOf(warning) < run.err().indexOf("error:"),
                "the warning comes before the failure\n" + run.all());
        assertTrue(run.err().contains("depend"), run.all());
        assertEquals(List.of("ada@example.com", "bob@example.com"), db.firstColumn("SELECT email FROM emails ORDER BY 1"));
    }

    @Test
    void aTypeChangeUnderAViewAndATriggerOnAColumnAreWarnedAbout(TestDatabase db) {
        DatabaseProject project = migrated(db);
        db.execute("CREATE VIEW names AS SELECT name FROM users",
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER users_email_touch BEFORE UPDATE OF email ON users FOR EACH ROW EXECUTE FUNCTION touch()");
        project.up("20260101000002", "narrow", "ALTER TABLE users ALTER COLUMN name TYPE varchar(20),"
                + " DROP COLUMN email;");

        DatabaseProject.Run run = project.run("migrate", "--dry-run");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.err().contains("warning: view public.names depends on column public.users.name, which"),
                run.all());
        assertTrue(run.err().contains("20260101000002_narrow.sql changes the type of: the migration will fail"
                + " (PostgreSQL does not change the type of a column that a view, rule, trigger, policy or function"
                + " uses); drop the view before the change and create it again after it, in the migration"), run.all());
        assertTrue(run.err().contains("warning: trigger public.users_email_touch on users depends on column"
                + " public.users.email, which "), run.all());
    }

    @Test
    void aTriggerOfADroppedTableIsSaidToGoWithIt(TestDatabase db) {
        DatabaseProject project = migrated(db);
        db.execute("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER users_touch BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION touch()");
        project.up("20260101000002", "drop_users", "DROP TABLE users;");

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.err().contains("warning: trigger public.users_touch on users depends on table public.users,"
                + " which "), run.all());
        assertTrue(run.err().contains("20260101000002_drop_users.sql drops: PostgreSQL drops the trigger with it, and"
                + " Shale will not create it again"), run.all());
        assertEquals(List.of("0"), db.firstColumn("SELECT count(*) FROM pg_trigger WHERE tgname = 'users_touch'"));
    }

    @Test
    void aMigrationThatDropsTheViewItselfIsNotWarnedAbout(TestDatabase db) {
        DatabaseProject project = migrated(db);
        db.execute("CREATE VIEW emails AS SELECT email FROM users");
        project.up("20260101000002", "drop_email", "DROP VIEW emails;\nALTER TABLE users DROP COLUMN email;");

        DatabaseProject.Run run = project.run("migrate");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertFalse(run.err().contains("warning:"), run.all());
        assertEquals(List.of("Ada", "Bob"), db.firstColumn("SELECT name FROM users ORDER BY 1"));
    }

    @Test
    void rollbackWarnsOfAViewOnAColumnItsDownFileDrops(TestDatabase db) {
        DatabaseProject project = migrated(db);
        project.up("20260101000002", "add_nick", "ALTER TABLE users ADD COLUMN nick text;")
                .down("20260101000002", "add_nick", "ALTER TABLE users DROP COLUMN nick;");
        assertEquals(ExitCode.OK, project.run("migrate").exitCode());
        db.execute("CREATE VIEW nicks AS SELECT nick FROM users");

        DatabaseProject.Run run = project.run("rollback", "--dry-run");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.err().contains("warning: view public.nicks depends on column public.users.nick, which "),
                run.all());
        assertTrue(run.err().contains("20260101000002_add_nick.down.sql drops: the migration will fail"), run.all());
    }
}
