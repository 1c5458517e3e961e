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
 * {@code shale diff} between live databases: every schema is read, and a database holding what Shale does not manage
 * is refused, each object named, unless {@code --ignore-unmanaged}.
 */
@ExtendWith(PostgresExtension.class)
class DiffUnmanagedTest {

    @TempDir
    Path dir;

    private DatabaseProject project(TestDatabase db) {
        new TestProject(dir).withFixture("pushed");
        return new DatabaseProject(dir, db);
    }

    @Test
    void everyKindShaleDoesNotManageIsRefusedByName(TestDatabase from, TestDatabase to) {
        from.execute(
                "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text COLLATE \"C\")",
                "CREATE VIEW emails AS SELECT email FROM users",
                "CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users",
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()",
                "CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1'",
                "CREATE POLICY own_rows ON users USING (id > 0)",
                "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
                "CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING",
                "CREATE SEQUENCE invoice_numbers",
                "CREATE EXTENSION citext",
                "CREATE TABLE events (at date NOT NULL, what text) PARTITION BY RANGE (at)",
                "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                "CREATE TABLE counters (id int GENERATED ALWAYS AS IDENTITY (MAXVALUE 1000 CACHE 10) PRIMARY KEY,"
                        + " serial_no serial, parent bigint)",
                "ALTER TABLE counters ADD CONSTRAINT counters_parent_fkey FOREIGN KEY (parent) REFERENCES users"
                        + " MATCH FULL DEFERRABLE INITIALLY DEFERRED NOT VALID",
                "ALTER TABLE counters ADD CONSTRAINT positive CHECK (id > 0) NO INHERIT",
                // key order, operator class, storage parameters and a user's collation on a key are modelled; the
                // collation itself is not, and NULLS NOT DISTINCT on a unique constraint is modelled
                "CREATE INDEX users_email_desc ON users (email DESC NULLS LAST)",
                "CREATE INDEX users_name_pattern ON users (name text_pattern_ops) WITH (fillfactor = 80)",
                "CREATE COLLATION mine (provider = libc, locale = 'C')",
                "CREATE INDEX users_email_mine ON users (email COLLATE mine)",
                "CREATE UNLOGGED TABLE scratch (k int, UNIQUE NULLS NOT DISTINCT (k))",
                "ALTER TABLE scratch REPLICA IDENTITY FULL",
                "CREATE TABLE child (extra int) INHERITS (scratch)",
                "CREATE TYPE pair AS (a int, b int)",
                "CREATE TABLE pairs OF pair",
                // an exclusion constraint is modelled, a user's collation on its key too (the collation itself is not)
                "CREATE TABLE excluded (r int4range, EXCLUDE USING gist (r WITH &&))",
                "CREATE TABLE excluded_by_name (t text, EXCLUDE USING btree (t COLLATE mine WITH =))");
        to.execute("CREATE TABLE plain (id bigint PRIMARY KEY)", "CREATE VIEW plain_ids AS SELECT id FROM plain");

        DatabaseProject.Run run = project(from).run("diff", "--from", from.jdbcUrl(), "--to", to.jdbcUrl());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.all());
        assertEquals("", run.out(), run.all());
        List<String> expected = List.of(
                "  view public.emails (--from)",
                "  materialized view public.user_count (--from)",
                "  function public.touch() (--from)",
                "  trigger public.users_touch on users (--from)",
                "  procedure public.noop() (--from)",
                "  policy public.own_rows on users (--from)",
                "  rule public.no_delete on users (--from)",
                "  partitioned table public.events (--from)",
                "  table partition public.events_2026 (--from)",
                "  composite type public.pair (--from)",
                "  table public.users: ROW LEVEL SECURITY enabled (--from)",
                "  collation public.mine (--from)",
                "  table public.counters: constraint counters_parent_fkey: MATCH FULL (--from)",
                "  table public.child: INHERITS public.scratch (--from)",
                "  table public.pairs: typed table OF pair (--from)",
                "  view public.plain_ids (--to)");
        List<String> lines = run.err().lines().toList();
        assertTrue(run.err().lines().noneMatch(l -> l.contains("users_email_desc") || l.contains("users_name_pattern")
                        || l.contains("users_email_mine") || l.contains("scratch_k_key")
                        || l.contains("excluded_r_excl") || l.contains("excluded_by_name")), run.all());
        for (String line : expected) {
            assertTrue(lines.contains(line), () -> "missing " + line + "\n" + run.all());
        }
        // constraint state, UNLOGGED and replica identity are modelled, not refused
        for (String modelled : List.of(": NOT VALID", ": DEFERRABLE", ": NO INHERIT", ": UNLOGGED", ": REPLICA IDENTITY")) {
            assertTrue(lines.stream().noneMatch(l -> l.contains(modelled)), () -> modelled + "\n" + run.all());
        }
        // identity MAXVALUE and CACHE are modelled, not refused; so are extensions, and the objects they own
        assertTrue(lines.stream().noneMatch(l -> l.contains("column id: identity")), run.all());
        assertTrue(lines.stream().noneMatch(l -> l.contains("citext")), run.all());
        int objects = (int) lines.stream().filter(l -> l.endsWith("(--from)") || l.endsWith("(--to)")).count();
        assertTrue(run.err().startsWith("error: refused: " + objects + " objects Shale does not manage:\n"), run.all());
        assertTrue(objects >= expected.size(), run.all());
        String fix = lines.get(lines.size() - 1);
        assertTrue(fix.startsWith("  fix: declare what Shale models in the records"), run.all());
        assertTrue(fix.contains("pass --ignore-unmanaged to diff anyway, at your own risk"), run.all());
    }

    @Test
    void ignoreUnmanagedDiffsAnywayAndSaysWhatItLeftOut(TestDatabase from, TestDatabase to) {
        from.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text)",
                "CREATE VIEW emails AS SELECT email FROM users");
        to.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text, name text)");

        DatabaseProject.Run run = project(from).run("diff", "--from", from.jdbcUrl(), "--to", to.jdbcUrl(),
                "--ignore-unmanaged");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("ALTER TABLE public.users ADD COLUMN name text;"), run.all());
        assertFalse(run.out().contains("emails"), run.all());
        assertTrue(run.err().contains("warning: left out (--ignore-unmanaged): view public.emails (--from)\n"),
                run.all());
    }

    @Test
    void everySchemaOfTwoDatabasesIsDiffedAndTheOutputConvergesThem(TestDatabase older, TestDatabase newer) {
        older.execute("CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL)",
                "INSERT INTO customers VALUES (1, 'Ada')");
        newer.execute(
                "CREATE SCHEMA schema_1",
                "CREATE TYPE schema_1.mood AS ENUM ('happy', 'sad')",
                "CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, mood schema_1.mood,"
                        + " last_invoice bigint)",
                "CREATE SCHEMA \"Billing\"",
                "CREATE TABLE \"Billing\".\"Invoices\" (id bigint PRIMARY KEY,"
                        + " customer_id bigint NOT NULL REFERENCES public.customers (id) ON DELETE CASCADE)",
                "ALTER TABLE customers ADD CONSTRAINT customers_last_invoice_fkey FOREIGN KEY (last_invoice)"
                        + " REFERENCES \"Billing\".\"Invoices\" (id)",
                "CREATE SCHEMA schema_2",
                "CREATE TABLE schema_2.notes (id bigint PRIMARY KEY, mood schema_1.mood NOT NULL)");
        DatabaseProject project = project(older);

        DatabaseProject.Run run = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(), "--exit-code");

        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.all());
        assertTrue(run.out().contains("CREATE TYPE schema_1.mood AS ENUM ('happy', 'sad');"), run.all());
        assertTrue(run.out().contains("CREATE TABLE \"Billing\".\"Invoices\" ("), run.all());
        assertTrue(run.out().contains("CREATE TABLE schema_2.notes ("), run.all());
        assertTrue(run.out().contains("ADD COLUMN mood schema_1.mood"), run.all());
        for (String statement : run.out().replaceAll("(?m)^--.*\n", "").split(";\n")) {
            if (!statement.isBlank()) {
                older.execute(statement);
            }
        }
        DatabaseProject.Run again = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--exit-code");
        assertEquals(ExitCode.OK, again.exitCode(), again.all());
        assertEquals(List.of("Ada"), older.firstColumn("SELECT name FROM customers"));
        assertEquals(List.of("customers_last_invoice_fkey|Billing.Invoices"), older.firstColumn(
                "SELECT conname || '|' || confrelid::regclass FROM pg_constraint WHERE contype = 'f'"
                        + " AND conrelid = 'public.customers'::regclass").stream().map(s -> s.replace("\"", "")).toList());
    }

    @Test
    void schemaLimitsWhatIsReadOnBothSides(TestDatabase older, TestDatabase newer) {
        newer.execute("CREATE SCHEMA schema_1", "CREATE TYPE schema_1.mood AS ENUM ('happy')",
                "CREATE TABLE schema_1.moods (id int PRIMARY KEY, mood schema_1.mood)",
                "CREATE SCHEMA schema_2", "CREATE TABLE schema_2.skipped (id int PRIMARY KEY)",
                "CREATE VIEW schema_2.not_read AS SELECT 1 AS one");
        DatabaseProject project = project(older);

        DatabaseProject.Run run = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--schema", "public,schema_1");
        DatabaseProject.Run repeated = project.run("diff", "--from", older.jdbcUrl(), "--to", newer.jdbcUrl(),
                "--schema", "public", "--schema", "schema_1");

        assertEquals(ExitCode.OK, run.exitCode(), run.all());
        assertTrue(run.out().contains("CREATE TABLE schema_1.moods ("), run.all());
        assertFalse(run.out().contains("schema_2"), run.all());
        assertEquals(run.out(), repeated.out(), repeated.all());
    }
}
