package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.migrations.runner.sql.SqlScript;
import dev.shale.migrations.runner.sql.SqlStatement;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale diff --rename-*}: renames and moves declared on the command line, on databases holding rows. */
@ExtendWith(PostgresExtension.class)
class DiffRenameOptionsTest {

    private static final String MOVE = "--rename-table";

    @TempDir
    Path dir;

    private static final List<String> OLD = List.of(
            "CREATE SCHEMA billing", "CREATE SCHEMA sales",
            "CREATE TABLE sales.customers (id integer PRIMARY KEY, name text NOT NULL)",
            "CREATE TABLE public.invoices (id serial PRIMARY KEY, customer_id integer NOT NULL"
                    + " REFERENCES sales.customers (id), total integer NOT NULL)",
            "CREATE INDEX invoices_customer_idx ON public.invoices (customer_id)",
            "CREATE TABLE sales.payments (id integer PRIMARY KEY, invoice_id integer NOT NULL"
                    + " REFERENCES public.invoices (id))",
            "INSERT INTO sales.customers SELECT g, 'c' || g FROM generate_series(1, 50) g",
            "INSERT INTO public.invoices (customer_id, total) SELECT 1 + g % 50, g FROM generate_series(1, 500) g",
            "INSERT INTO sales.payments SELECT g, g FROM generate_series(1, 200) g");

    private static final List<String> NEW = List.of(
            "CREATE SCHEMA billing", "CREATE SCHEMA sales",
            "CREATE TABLE sales.customers (id integer PRIMARY KEY, name text NOT NULL)",
            "CREATE TABLE billing.invoices (id serial PRIMARY KEY, customer_id integer NOT NULL"
                    + " REFERENCES sales.customers (id), amount integer NOT NULL)",
            "CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id)",
            "CREATE TABLE sales.payments (id integer PRIMARY KEY, invoice_id integer NOT NULL"
                    + " REFERENCES billing.invoices (id))");

    private DatabaseProject project(TestDatabase db) {
        new TestProject(dir).withFixture("pushed");
        return new DatabaseProject(dir, db);
    }

    private static void apply(TestDatabase db, String migration) {
        db.execute(SqlScript.parse(migration).statements().stream().map(SqlStatement::sql).toList());
    }

    private static String[] args(String... args) {
        return args;
    }

    @Test
    void aTableMovedBetweenDatabasesKeepsItsRowsSequenceIndexesAndKeysBothWays(TestDatabase older,
            TestDatabase newer) {
        older.execute(OLD);
        newer.execute(NEW);
        DatabaseProject project = project(older);

        DatabaseProject.Run run = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoices=billing.invoices", "--rename-column", "billing.invoices.total=amount");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("\nALTER TABLE public.invoices SET SCHEMA billing;\n"
                + "ALTER TABLE billing.invoices RENAME COLUMN total TO amount;\n"), run.all());
        assertFalse(run.out().contains("DROP"), run.all());
        assertFalse(run.out().contains("SEQUENCE"), run.all());
        apply(older, run.out());
        assertEquals(List.of("500 125250"), older.firstColumn("SELECT count(*) || ' ' || sum(amount) FROM billing.invoices"));
        assertEquals(List.of("200"), older.firstColumn("SELECT count(*) FROM sales.payments"));
        assertEquals(List.of("501"), older.firstColumn("SELECT nextval('billing.invoices_id_seq')"),
                "the serial sequence moved with its table, keeping its value");
        assertEquals(newer.dump(), older.dump());
        DatabaseProject.Run again = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--exit-code", MOVE, "public.invoices=billing.invoices", "--rename-column",
                "billing.invoices.total=amount");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertTrue(again.out().startsWith("-- No changes"), again.all());
    }

    @Test
    void withoutTheOptionAMoveIsADropAndACreate(TestDatabase older, TestDatabase newer) {
        older.execute(OLD);
        newer.execute(NEW);

        DatabaseProject.Run run = project(older).run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl());

        assertTrue(run.out().contains("DROP TABLE public.invoices;"), run.all());
    }

    @Test
    void anOptionNamingNothingIsRefusedNamingTheOptionAndPrintingNoSql(TestDatabase older, TestDatabase newer) {
        older.execute(OLD);
        newer.execute(NEW);
        DatabaseProject project = project(older);

        DatabaseProject.Run oldTypo = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoice=billing.invoices");
        DatabaseProject.Run newTypo = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoices=billing.invoice");
        DatabaseProject.Run column = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoices=billing.invoices", "--rename-column", "billing.invoices.totl=amount");
        DatabaseProject.Run syntax = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoices billing.invoices");

        for (DatabaseProject.Run run : List.of(oldTypo, newTypo, column, syntax)) {
            assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
            assertEquals("", run.out(), run.all());
            assertFalse(run.err().contains("declared at"), run.all());
            assertFalse(run.err().contains("Exception"), run.all());
        }
        assertEquals("error: --rename-table public.invoice=billing.invoices names no table public.invoice in the old"
                + " schema; fix the name or remove the option; nothing was written\n", oldTypo.err());
        assertTrue(newTypo.err().startsWith("error: --rename-table public.invoices=billing.invoice: --to has no table"
                + " billing.invoice; nothing was written\n  fix: name the new object as --to has it"), newTypo.all());
        assertTrue(column.err().startsWith("error: --rename-column billing.invoices.totl=amount names no column \"totl\""
                + " of table billing.invoices in the old schema"), column.all());
        assertTrue(syntax.err().startsWith("error: --rename-table public.invoices billing.invoices: expected = between"
                + " the old and the new name, found \"billing\"; nothing was read or written\n  fix: write OLD=NEW"),
                syntax.all());
        assertEquals(List.of("500"), older.firstColumn("SELECT count(*) FROM public.invoices"));
    }

    @Test
    void aRenameOntoATakenNameAndASwapAreRefusedNamingTheOptions(TestDatabase older, TestDatabase newer) {
        older.execute("CREATE SCHEMA billing", "CREATE TABLE public.invoices (id integer PRIMARY KEY)",
                "CREATE TABLE billing.invoices (id integer PRIMARY KEY)", "CREATE TABLE public.a (id integer)",
                "CREATE TABLE public.b (id integer)", "INSERT INTO public.invoices VALUES (1)");
        newer.execute("CREATE SCHEMA billing", "CREATE TABLE billing.invoices (id integer PRIMARY KEY)",
                "CREATE TABLE public.a (id integer)", "CREATE TABLE public.b (id integer)");
        DatabaseProject project = project(older);

        DatabaseProject.Run onto = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoices=billing.invoices");
        DatabaseProject.Run swap = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                MOVE, "public.invoices=billing.invoices", MOVE, "a=b", MOVE, "b=a");

        assertEquals(ExitCode.USAGE, onto.exitCode(), onto.all());
        assertEquals("", onto.out());
        assertTrue(onto.err().startsWith("error: --rename-table public.invoices=billing.invoices renames table"
                + " public.invoices onto the name of table billing.invoices, which the old schema still has"), onto.all());
        assertFalse(onto.err().contains("declared at"), onto.all());
        assertTrue(onto.err().contains("then diff again with the option; if the rename is done already, remove the"
                + " option"), onto.all());
        assertEquals(ExitCode.USAGE, swap.exitCode(), swap.all());
        assertTrue(swap.err().startsWith("error: --rename-table a=b and --rename-table b=a rename tables public.a to"
                + " public.b and public.b to public.a"), swap.all());
        assertTrue(swap.err().contains("remove the stale options"), swap.all());
    }

    @Test
    void anEnumTypeMovesWithItsLabelRenamedAndTheRowsKeepTheirValues(TestDatabase older, TestDatabase newer) {
        older.execute("CREATE SCHEMA \"Billing\"", "CREATE TYPE public.\"State\" AS ENUM ('Open', 'Closed')",
                "CREATE TABLE \"Billing\".\"Invoice Lines\" (id integer PRIMARY KEY, state public.\"State\" NOT NULL"
                        + " DEFAULT 'Open')",
                "INSERT INTO \"Billing\".\"Invoice Lines\" SELECT g, CASE WHEN g % 3 = 0 THEN 'Closed' ELSE 'Open' END"
                        + "::public.\"State\" FROM generate_series(1, 300) g");
        newer.execute("CREATE SCHEMA \"Billing\"", "CREATE TYPE \"Billing\".\"State\" AS ENUM ('Open', 'Done')",
                "CREATE TABLE \"Billing\".\"Invoice Lines\" (id integer PRIMARY KEY, state \"Billing\".\"State\""
                        + " NOT NULL DEFAULT 'Open')");
        DatabaseProject project = project(older);

        DatabaseProject.Run run = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--rename-type", "\"State\"=\"Billing\".\"State\"", "--rename-value", "\"Billing\".\"State\".Closed=Done");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("\nALTER TYPE public.\"State\" SET SCHEMA \"Billing\";\n"
                + "ALTER TYPE \"Billing\".\"State\" RENAME VALUE 'Closed' TO 'Done';\n"), run.all());
        apply(older, run.out());
        assertEquals(List.of("Done 100", "Open 200"), older.firstColumn("SELECT state || ' ' || count(*) FROM"
                + " \"Billing\".\"Invoice Lines\" GROUP BY state ORDER BY state::text"));
        assertEquals(newer.dump(), older.dump());
    }

    @Test
    void withSchemaNamedTheRenamedSchemasMustBeAmongThem(TestDatabase older, TestDatabase newer) {
        older.execute(OLD);
        newer.execute(NEW);

        DatabaseProject.Run run = project(older).run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--schema", "public,sales", MOVE, "public.invoices=billing.invoices");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertEquals("error: the rename options name schema billing, which --schema leaves out; nothing was read or"
                + " written\n  fix: add billing to --schema, or leave --schema out\n", run.err());
    }

    @Test
    void recordsOnTheRightCombineTheirRenamesWithTheOptions(TestDatabase db) {
        db.execute("CREATE TABLE public.invoices (id bigint PRIMARY KEY, total integer NOT NULL, note text)",
                "INSERT INTO public.invoices SELECT g, g, 'n' FROM generate_series(1, 300) g");
        new TestProject(dir).withFixture("movedinvoices");
        DatabaseProject project = new DatabaseProject(dir, db);

        DatabaseProject.Run annotated = project.run("diff", "--from", db.jdbcUrl(), "--to", "records");
        DatabaseProject.Run repeated = project.run("diff", "--from", db.jdbcUrl(), "--to", "records",
                MOVE, "public.invoices=billing.invoices");
        DatabaseProject.Run contradicting = project.run("diff", "--from", db.jdbcUrl(), "--to", "records",
                "--rename-column", "billing.invoices.note=amount");

        assertEquals(ExitCode.OK, annotated.exitCode(), annotated.all());
        assertTrue(annotated.out().contains("ALTER TABLE public.invoices SET SCHEMA billing;\n"
                + "ALTER TABLE billing.invoices RENAME COLUMN total TO amount;\n"), annotated.all());
        assertEquals(annotated.out(), repeated.out(), repeated.all());
        assertEquals(ExitCode.USAGE, contradicting.exitCode(), contradicting.all());
        assertEquals("", contradicting.out());
        assertTrue(contradicting.err().startsWith("error: --rename-column billing.invoices.note=amount contradicts"
                + " @RenamedFrom on dev.shale.cli.fixtures.movedinvoices.Invoice"), contradicting.all());
        db.execute("CREATE SCHEMA billing");
        apply(db, annotated.out().replace("CREATE SCHEMA billing;", ""));
        assertEquals(List.of("300"), db.firstColumn("SELECT count(*) FROM billing.invoices"));
        List<String> again = new ArrayList<>(List.of("diff", "--from", db.jdbcUrl(), "--to", "records", "--exit-code"));
        DatabaseProject.Run second = project.run(again.toArray(String[]::new));
        assertEquals(ExitCode.OK, second.exitCode(), second.all());
    }

    @Test
    void pushAndDiffReadTheSchemaARecordMovedOutOf(TestDatabase db) {
        db.execute("CREATE SCHEMA sales", "CREATE SCHEMA billing",
                "CREATE TABLE sales.invoices (id bigint PRIMARY KEY, note text)",
                "INSERT INTO sales.invoices SELECT g, 'n' || g FROM generate_series(1, 250) g");
        new TestProject(dir).withFixture("movedfromsales");
        DatabaseProject project = new DatabaseProject(dir, db);

        DatabaseProject.Run diff = project.run("diff", "--from", db.jdbcUrl(), "--to", "records");
        DatabaseProject.Run push = project.run("push");

        assertEquals(ExitCode.OK, diff.exitCode(), diff.all());
        assertTrue(diff.out().contains("\nALTER TABLE sales.invoices SET SCHEMA billing;\n"), diff.all());
        assertFalse(diff.out().contains("CREATE TABLE"), diff.all());
        assertEquals(ExitCode.OK, push.exitCode(), push.all());
        assertEquals(List.of("250"), db.firstColumn("SELECT count(*) FROM billing.invoices"));
        assertEquals(List.of("f"), db.firstColumn("SELECT to_regclass('sales.invoices') IS NOT NULL"));
    }
}
