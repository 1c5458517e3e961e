package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationSource;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.cli.pull.CompiledRecords;
import dev.shale.cli.pull.PulledSchema;
import dev.shale.model.SchemaModel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale pull} round trips on real databases: pull, compile the records, read them back (the model equals
 * the introspected one), {@code generate} says "No changes", and the baseline builds the same schema on an
 * empty database.
 */
@ExtendWith(PostgresExtension.class)
class PullCommandTest {

    private static final String PACKAGE = "com.example.pulled";

    @TempDir
    Path dir;

    @Test
    void pullsTheExampleAndGenerateFindsNoChanges(TestDatabase db) {
        Shale.migrate(DatabaseUrl.parse(db.jdbcUrl()), MigrationSource.folder(Path.of("..", "examples", "migrations")),
                MigrateOptions.DEFAULTS);

        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run pull = project.run("pull", "--package", PACKAGE, "--out", "src");

        assertEquals(ExitCode.OK, pull.exitCode(), pull.all());
        assertTrue(pull.out().contains("  src/com/example/pulled/Users.java\n"), pull.all());
        assertTrue(pull.out().contains("Wrote the baseline:\n  migrations/20261121093000_baseline.sql\n"), pull.all());
        assertRoundTrip(project, db);
    }

    @Test
    void pullsSerialColumnsAndSequencesAndGenerateFindsNoChanges(TestDatabase db) {
        db.execute("CREATE SCHEMA billing",
                "CREATE TABLE orders (id serial PRIMARY KEY, note text)",
                "CREATE SEQUENCE numbers AS integer INCREMENT BY 10 START 1000 MAXVALUE 99999 CACHE 5 CYCLE",
                "CREATE TABLE billing.invoices (id bigserial PRIMARY KEY, number integer DEFAULT nextval('numbers'))",
                "INSERT INTO orders (note) VALUES ('a'), ('b')");

        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run pull = project.run("pull", "--package", PACKAGE, "--out", "src");

        assertEquals(ExitCode.OK, pull.exitCode(), pull.all());
        assertTrue(pull.out().contains("  src/com/example/pulled/Sequences.java\n"), pull.all());
        assertRoundTrip(project, db);
    }

    @Test
    void pullsEveryKindAndTheBaselineRebuildsIt(TestDatabase db) throws Exception {
        execute(db, resource("pull/every-kind.sql"));

        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run refused = project.run("pull", "--package", PACKAGE, "--out", "src");

        assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
        assertTrue(refused.err().startsWith("error: refused: 3 objects Shale does not manage:\n"
                + "  function public.touch()\n  trigger public.customers_touch on customers\n"
                + "  view public.customer_names\n  fix: "), refused.all());
        assertTrue(refused.err().contains("pass --ignore-unmanaged to pull anyway"), refused.all());
        assertFalse(Files.exists(dir.resolve("src/com/example/pulled/Customers.java")), "a refused pull writes nothing");
        assertFalse(Files.exists(dir.resolve("migrations/shale.sum")), "a refused pull writes nothing");
        DatabaseProject.Run pull = project.run("pull", "--package", PACKAGE, "--out", "src", "--ignore-unmanaged");
        assertEquals(ExitCode.OK, pull.exitCode(), pull.all());
        assertTrue(pull.out().contains("Not pulled (Shale does not manage these;"), pull.all());
        assertTrue(pull.out().contains("  schema empty_one (it holds no table or enum type)\n"), pull.all());
        assertTrue(pull.out().contains("  view public.customer_names\n"), pull.all());
        assertTrue(pull.out().contains("  trigger public.customers_touch on customers\n"), pull.all());
        assertTrue(pull.out().contains("  src/com/example/pulled/billing/InvoiceLines.java\n"), pull.all());
        String customers = Files.readString(dir.resolve("src/com/example/pulled/Customers.java"));
        assertTrue(customers.contains("@Column(name = \"Display Name\") String displayName"), customers);
        assertTrue(customers.contains("@Column(name = \"class\") String class_"), customers);
        SchemaModel pulled = assertRoundTrip(project, db);

        try (TestDatabase fresh = TestDatabase.create()) {
            Shale.migrate(DatabaseUrl.parse(fresh.jdbcUrl()), MigrationSource.folder(dir.resolve("migrations")),
                    MigrateOptions.DEFAULTS);
            // the records declare extensions without a version (any installed one is accepted); the database has one
            SchemaModel rebuilt = introspect(fresh);
            assertEquals(pulled, rebuilt.withExtensions(rebuilt.extensions().stream()
                    .map(e -> new dev.shale.model.Extension(e.name(), e.schema(), null)).toList()));
        }
    }

    @Test
    void pullsExtensionsAndColumnsOfTheirTypesAndGenerateFindsNoChanges(TestDatabase db) throws Exception {
        // citext and hstore ship with every server the tests run on: where one is missing, this fails, as meant
        execute(db, """
                CREATE SCHEMA util;
                CREATE EXTENSION citext SCHEMA util;
                CREATE EXTENSION hstore;
                CREATE TABLE contacts (id bigint PRIMARY KEY, email util.citext NOT NULL, attrs hstore);
                CREATE UNIQUE INDEX contacts_email_key ON contacts (email);
                INSERT INTO contacts VALUES (1, 'Ann@Example.com', 'a=>1');
                """);

        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run pull = project.run("pull", "--package", PACKAGE, "--out", "src");

        assertEquals(ExitCode.OK, pull.exitCode(), pull.all());
        assertTrue(pull.out().contains("  src/com/example/pulled/DatabaseExtensions.java\n"), pull.all());
        String holder = Files.readString(dir.resolve("src/com/example/pulled/DatabaseExtensions.java"));
        assertTrue(holder.contains("@Extension(\"hstore\")"), holder);
        String contacts = Files.readString(dir.resolve("src/com/example/pulled/Contacts.java"));
        assertTrue(contacts.contains("@Column(type = \"citext\")"), contacts);
        SchemaModel pulled = assertRoundTrip(project, db);

        try (TestDatabase fresh = TestDatabase.create()) {
            Shale.migrate(DatabaseUrl.parse(fresh.jdbcUrl()), MigrationSource.folder(dir.resolve("migrations")),
                    MigrateOptions.DEFAULTS);
            assertEquals(pulled, PulledSchema.of(introspect(fresh)).model());
            execute(fresh, "INSERT INTO contacts VALUES (1, 'Ann@Example.com', NULL)");
            assertThrows(SQLException.class,
                    () -> execute(fresh, "INSERT INTO contacts VALUES (2, 'ANN@example.com', NULL)"));
        }
    }

    @Test
    void aTableCalledDatabaseExtensionsDoesNotClashWithTheExtensionsHolder(TestDatabase db) throws Exception {
        execute(db, """
                CREATE EXTENSION citext;
                CREATE TABLE database_extensions (id bigint PRIMARY KEY, name citext NOT NULL);
                INSERT INTO database_extensions VALUES (1, 'citext'), (2, 'hstore');
                """);

        DatabaseProject project = new DatabaseProject(dir, db);
        DatabaseProject.Run pull = project.run("pull", "--package", PACKAGE, "--out", "src");

        assertEquals(ExitCode.OK, pull.exitCode(), pull.all());
        String table = Files.readString(dir.resolve("src/com/example/pulled/DatabaseExtensions.java"));
        assertTrue(table.contains("@Table(\"database_extensions\")"), table);
        String holder = Files.readString(dir.resolve("src/com/example/pulled/DatabaseExtensions2.java"));
        assertTrue(holder.contains("@Extension(\"citext\")"), holder);
        assertRoundTrip(project, db);
    }

    @Test
    void baselineIsRecordedWithoutRunningThenLaterMigrationsApply(TestDatabase db) throws Exception {
        execute(db, resource("pull/every-kind.sql"));
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(ExitCode.OK, project.run("pull", "--package", PACKAGE, "--out", "src", "--ignore-unmanaged")
                .exitCode());
        Path classes = CompiledRecords.compileFolder(dir.resolve("src"), dir.resolve("classes"));
        writeConfig(classes);

        DatabaseProject.Run baseline = project.run("migrate", "--baseline");

        assertEquals(ExitCode.OK, baseline.exitCode(), baseline.all());
        assertTrue(baseline.out().contains("  20261121093000  baseline  (not run)\n"), baseline.all());
        assertEquals(List.of("20261121093000|baseline|1"), project.history());
        assertEquals(List.of("0"), project.query("SELECT execution_ms FROM public.shale_migrations"));
        DatabaseProject.Run status = project.run("status");
        assertEquals(ExitCode.OK, status.exitCode(), status.all());

        DatabaseProject.Run again = project.run("migrate", "--baseline");
        assertEquals(ExitCode.USAGE, again.exitCode(), again.all());
        assertTrue(again.err().contains("already has 1 row"), again.all());

        Files.writeString(dir.resolve("src/com/example/pulled/Extra.java"), """
                package com.example.pulled;

                @dev.shale.dsl.Table("extras")
                public record Extra(@dev.shale.dsl.PrimaryKey long id, String label) {
                }
                """);
        CompiledRecords.compileFolder(dir.resolve("src"), classes);
        DatabaseProject.Run generate = project.run("generate", "--name", "add_extras");
        assertEquals(ExitCode.OK, generate.exitCode(), generate.all());
        DatabaseProject.Run migrate = project.run("migrate");
        assertEquals(ExitCode.OK, migrate.exitCode(), migrate.all());
        assertEquals(List.of("20261121093000|baseline|1", "20261121093400|add_extras|2"), project.history());
        assertEquals(List.of("0"), project.query("SELECT count(*) FROM public.extras"));
    }

    @Test
    void baselineRefusesAnUnknownVersionAndAFirstMigrationThatIsNoBaseline(TestDatabase db) {
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int PRIMARY KEY);");

        DatabaseProject.Run unknown = project.run("migrate", "--baseline", "20260101000009");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.all());
        assertTrue(unknown.err().contains("no migration in"), unknown.all());

        DatabaseProject.Run conflicting = project.run("migrate", "--baseline", "--to", "20260101000001");
        assertEquals(ExitCode.USAGE, conflicting.exitCode(), conflicting.all());
        assertTrue(conflicting.err().startsWith("error: --baseline runs no migration, so --to does not apply"),
                conflicting.all());

        DatabaseProject.Run notBaseline = project.run("migrate", "--baseline");
        assertEquals(ExitCode.USAGE, notBaseline.exitCode(), notBaseline.all());
        assertTrue(notBaseline.err().contains("is not a baseline"), notBaseline.all());
        assertEquals(List.of(), project.history());

        DatabaseProject.Run dryRun = project.run("migrate", "--baseline", "20260101000001", "--dry-run");
        assertEquals(ExitCode.OK, dryRun.exitCode(), dryRun.all());
        assertTrue(dryRun.out().contains("Dry run: would mark 1 migration as applied"), dryRun.all());
        assertEquals(List.of("t"), project.query("SELECT to_regclass('public.shale_migrations') IS NULL"));

        DatabaseProject.Run explicit = project.run("migrate", "--baseline", "20260101000001");
        assertEquals(ExitCode.OK, explicit.exitCode(), explicit.all());
        assertEquals(List.of("20260101000001|one|1"), project.history());
        assertEquals(List.of("f"), project.query("SELECT to_regclass('public.one') IS NOT NULL"));
    }

    @Test
    void refusesAProjectWithMigrationsAndExistingFilesWritingNothing(TestDatabase db) throws Exception {
        execute(db, "CREATE TABLE notes (id int PRIMARY KEY)");
        DatabaseProject project = new DatabaseProject(dir, db)
                .up("20260101000001", "one", "CREATE TABLE one (id int PRIMARY KEY);");

        DatabaseProject.Run withMigrations = project.run("pull", "--package", PACKAGE, "--out", "src");
        assertEquals(ExitCode.USAGE, withMigrations.exitCode(), withMigrations.all());
        assertTrue(withMigrations.err().contains("a baseline must be the first migration"), withMigrations.all());
        assertTrue(Files.notExists(dir.resolve("src")));

        DatabaseProject.Run recordsOnly = project.run("pull", "--package", PACKAGE, "--out", "src", "--no-baseline");
        assertEquals(ExitCode.OK, recordsOnly.exitCode(), recordsOnly.all());
        DatabaseProject.Run twice = project.run("pull", "--package", PACKAGE, "--out", "src", "--no-baseline");
        assertEquals(ExitCode.USAGE, twice.exitCode(), twice.all());
        assertTrue(twice.err().contains("1 record file exists already (src/com/example/pulled/Notes.java)"),
                twice.all());
        assertEquals(ExitCode.OK, project.run("pull", "--package", PACKAGE, "--out", "src", "--no-baseline", "--force")
                .exitCode());
    }

    @Test
    void refusesWhatRecordsCannotDeclare(TestDatabase db) throws Exception {
        execute(db, "CREATE TYPE mood AS ENUM ('so-so', 'fine'); CREATE TABLE logs (line text)");
        DatabaseProject project = new DatabaseProject(dir, db);

        DatabaseProject.Run pull = project.run("pull", "--package", PACKAGE, "--out", "src");

        assertEquals(ExitCode.USAGE, pull.exitCode(), pull.all());
        assertTrue(pull.err().startsWith("error: 2 objects of the database cannot be declared as records; nothing"
                + " was written:\n  enum public.mood: has the label 'so-so'"), pull.all());
        assertTrue(pull.err().contains("  table public.logs: has no primary key"), pull.all());
        assertTrue(Files.notExists(dir.resolve("src")));
        assertEquals(List.of(), project.history());
    }

    /** Compiles the pulled records, checks they read back as the database's model and generate finds no change. */
    private SchemaModel assertRoundTrip(DatabaseProject project, TestDatabase db) {
        SchemaModel introspected = PulledSchema.of(introspect(db)).model();
        Path classes = CompiledRecords.compileFolder(dir.resolve("src"), dir.resolve("classes"));
        assertEquals(introspected, CompiledRecords.read(classes, PACKAGE));
        writeConfig(classes);
        DatabaseProject.Run generate = project.run("generate");
        assertEquals(ExitCode.OK, generate.exitCode(), generate.all());
        assertTrue(generate.out().startsWith("No changes: the schema records match the latest snapshot"), generate.all());
        return introspected;
    }

    private void writeConfig(Path classes) {
        try {
            Files.writeString(dir.resolve("shale.yaml"), """
                    schema:
                      packages: [%s]
                      classpath: [%s]
                    """.formatted(PACKAGE, dir.relativize(classes).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SchemaModel introspect(TestDatabase db) {
        return Shale.introspect(DatabaseUrl.parse(db.jdbcUrl()), List.of(), RunnerSettings.DEFAULTS).model();
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PullCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
