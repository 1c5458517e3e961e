package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shale.model.Identifiers;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale push} and {@code shale migrate} on a database whose {@code standard_conforming_strings} is off:
 * comments that would end a naively quoted literal early create nothing and are stored exactly.
 */
@ExtendWith(PostgresExtension.class)
class StringLiteralCommandTest {

    private static final String TABLE_COMMENT = "a\\'; CREATE TABLE pwned (id int); --";
    private static final String COLUMN_COMMENT = "\\'); CREATE TABLE pwned (id int); -- $$ E' \\\\'\nsecond line";
    private static final String ENUM_COMMENT = "it's \\'; CREATE TABLE pwned (id int); --";

    @TempDir
    Path dir;

    @Test
    void pushStoresTheCommentsExactlyAndCreatesNothingElse(TestDatabase db) {
        DatabaseProject project = project(db);

        DatabaseProject.Run run = project.run("push");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertStoredExactly(project);
    }

    @Test
    void generatedMigrationStoresTheCommentsExactlyAndCreatesNothingElse(TestDatabase db) {
        DatabaseProject project = project(db);
        DatabaseProject.Run generate = project.run("generate", "--name", "notes");
        assertEquals(ExitCode.OK, generate.exitCode(), generate.all());

        DatabaseProject.Run migrate = project.run("migrate");

        assertEquals(ExitCode.OK, migrate.exitCode(), migrate.all());
        assertStoredExactly(project);
        assertEquals(List.of("standard_conforming_strings=off"), project.query(
                "SELECT unnest(setconfig) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
                        + " WHERE d.datname = current_database()"), "the database's own setting is left alone");
    }

    private DatabaseProject project(TestDatabase db) {
        db.execute("ALTER DATABASE " + Identifiers.quote(db.name()) + " SET standard_conforming_strings = off");
        new TestProject(dir).withFixture("injection");
        return new DatabaseProject(dir, db);
    }

    private static void assertStoredExactly(DatabaseProject project) {
        assertEquals(List.of(), project.query("SELECT relname FROM pg_class WHERE relname = 'pwned'"));
        assertEquals(List.of(TABLE_COMMENT),
                project.query("SELECT obj_description('public.notes'::regclass, 'pg_class')"));
        assertEquals(List.of(COLUMN_COMMENT), project.query("SELECT col_description('public.notes'::regclass, 2)"));
        assertEquals(List.of(ENUM_COMMENT), project.query("SELECT obj_description('public.mood'::regtype, 'pg_type')"));
    }
}
