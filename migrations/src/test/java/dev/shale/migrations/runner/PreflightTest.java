package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseException;
import dev.shale.api.ErrorClass;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.RollbackOptions;
import dev.shale.api.Shale;
import dev.shale.diff.postgres.DataRequirement;
import dev.shale.model.QualifiedName;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pre-flight data checks ({@code shale:requires}) on a real database with rows: each check refuses a migration whose
 * rows would make it fail, before anything runs, naming the file, the object, the count and example keys, with the
 * database and its history unchanged; on clean rows the migration is applied.
 */
@ExtendWith(PostgresExtension.class)
class PreflightTest {

    private static final String FILE = "migrations/20260101000002_change.sql";
    private static final String HEAD = "A pre-flight data check failed: the rows would make migrate fail.\n" + FILE + ": ";
    private static final String TAIL = "\nNothing was run.";

    @TempDir
    Path root;

    /** A history of "create" (run first, then rows go in) and "change", whose header holds {@code requires}. */
    private MigrationFiles history(TestDatabase db, String create, String rows, String requires, String change) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "create", create)
                .up("20260101000002", "change", MigrationFiles.header(true, "long-lock") + requires + change);
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute(rows);
        return files;
    }

    /** Migrates, expects the refusal, checks nothing changed, and returns the refusal's description. */
    private static String refused(TestDatabase db, MigrationFiles files) {
        String before = db.dump();
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));
        assertEquals(Reason.DATA_CHECK, refused.reason());
        assertEquals(FILE, refused.file().orElseThrow());
        assertEquals(before, db.dump());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
        return refused.description();
    }

    private static void applies(TestDatabase db, MigrationFiles files) {
        assertEquals(1, Shale.migrate(Db.dataSource(db), files.source()).applied().size());
        assertEquals(List.of("20260101000001|create|1", "20260101000002|change|2"), Db.history(db));
    }

    @Test
    void nullsBeforeSetNotNull(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text);",
                "INSERT INTO users VALUES (1, 'a@x'), (2, NULL), (3, 'c@x'), (4, NULL)",
                "-- shale:requires no-nulls public.users.email\n",
                "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

        assertEquals(HEAD + "public.users.email holds 2 NULLs (SET NOT NULL needs none): id=2, id=4" + TAIL,
                refused(db, files));

        db.execute("UPDATE users SET email = 'unknown' WHERE email IS NULL");
        applies(db, files);
    }

    @Test
    void notNullColumnWithoutDefaultOnATableWithRows(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE events (name text);",
                "INSERT INTO events VALUES ('a'), ('b')",
                "-- shale:requires empty public.events.timezone\n",
                "ALTER TABLE events ADD COLUMN timezone text NOT NULL;");

        assertEquals(HEAD + "public.events holds 2 rows and column timezone is added NOT NULL without a default"
                + " (declare a default or a backfill, or make it nullable): ctid=(0,1), ctid=(0,2)" + TAIL,
                refused(db, files));

        db.execute("DELETE FROM events");
        applies(db, files);
    }

    @Test
    void duplicatesBeforeAUniqueConstraint(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE members (org_id int, id int, email text,"
                        + " PRIMARY KEY (org_id, id));",
                "INSERT INTO members VALUES (1, 1, 'a'), (1, 2, 'a'), (2, 1, 'b'), (2, 2, NULL), (2, 3, NULL)",
                "-- shale:requires unique public.members members_email_key (email)\n",
                "ALTER TABLE members ADD CONSTRAINT members_email_key UNIQUE (email);");

        assertEquals(HEAD + "2 rows of public.members share their (email) with another row (unique"
                + " members_email_key): (org_id, id)=(1,1), (org_id, id)=(1,2)" + TAIL, refused(db, files));

        db.execute("UPDATE members SET email = 'a2' WHERE id = 2 AND org_id = 1");
        applies(db, files);
    }

    @Test
    void duplicatesBeforeAPartialUniqueExpressionIndex(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text, active boolean);",
                "INSERT INTO users VALUES (1, 'Ann@x', true), (2, 'ann@X', true), (3, 'ann@x', false)",
                "-- shale:requires unique public.users users_email_idx ((lower(email))) where active\n",
                "CREATE UNIQUE INDEX users_email_idx ON users (lower(email)) WHERE active;");

        assertEquals(HEAD + "2 rows of public.users share their ((lower(email))) with another row where active"
                + " (unique users_email_idx): id=1, id=2" + TAIL, refused(db, files));

        db.execute("UPDATE users SET active = false WHERE id = 2");
        applies(db, files);
    }

    @Test
    void nullDuplicatesBeforeANullsNotDistinctUniqueIndex(TestDatabase db) {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.shale.testing.PostgresServer.shared().major() >= 15,
                "NULLS NOT DISTINCT came with PostgreSQL 15");
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text);",
                "INSERT INTO users VALUES (1, 'a'), (2, NULL), (3, NULL)",
                "-- shale:requires unique public.users users_email_key (ARRAY[email])\n",
                "CREATE UNIQUE INDEX users_email_key ON users (email) NULLS NOT DISTINCT;");

        assertEquals(HEAD + "2 rows of public.users share their (ARRAY[email]) with another row (unique"
                + " users_email_key): id=2, id=3" + TAIL, refused(db, files));

        db.execute("UPDATE users SET email = 'b' WHERE id = 3");
        applies(db, files);
    }

    @Test
    void nullDuplicatesBeforeANullsNotDistinctUniqueConstraint(TestDatabase db) {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.shale.testing.PostgresServer.shared().major() >= 15,
                "NULLS NOT DISTINCT came with PostgreSQL 15");
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text, name text);",
                "INSERT INTO users VALUES (1, 'a', 'x'), (2, NULL, 'y'), (3, NULL, 'z')",
                "-- shale:requires unique public.users users_email_key (ARRAY[email])\n",
                "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE NULLS NOT DISTINCT (email) INCLUDE (name)"
                        + " WITH (fillfactor = 70);");

        assertEquals(HEAD + "2 rows of public.users share their (ARRAY[email]) with another row (unique"
                + " users_email_key): id=2, id=3" + TAIL, refused(db, files));

        db.execute("UPDATE users SET email = 'b' WHERE id = 3");
        applies(db, files);
    }

    @Test
    void rowsAnAddedGeneratedColumnCannotBeComputedFor(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE sessions (id int PRIMARY KEY, version int NOT NULL);",
                "INSERT INTO sessions VALUES (1, 5), (2, 2000000000), (3, -7), (4, -2000000000)",
                "-- shale:requires computes public.sessions.version_derived version * 2\n",
                "ALTER TABLE sessions ADD COLUMN version_derived integer GENERATED ALWAYS AS (version * 2) STORED;");

        assertEquals(HEAD + "2 rows of public.sessions make generated column version_derived (version * 2) raise an"
                + " error, so adding the column fails (correct or delete those rows, or change the expression so that"
                + " it computes a value for them, a wider type for example): id=2, id=4" + TAIL, refused(db, files));

        db.execute("UPDATE sessions SET version = version / 1000 WHERE abs(version) > 1000000");
        applies(db, files);
    }

    @Test
    void rowsACheckRaisesAnErrorOnViolateIt(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE items (id int PRIMARY KEY, qty int, packs int);",
                "INSERT INTO items VALUES (1, 6, 2), (2, 6, 0), (3, 5, 5), (4, -4, 2)",
                "-- shale:requires check public.items items_pack_check qty / packs > 0\n",
                "ALTER TABLE items ADD CONSTRAINT items_pack_check CHECK (qty / packs > 0) NOT VALID;\n"
                        + "ALTER TABLE items VALIDATE CONSTRAINT items_pack_check;");

        // row 2 divides by zero: PostgreSQL's VALIDATE fails on it as on row 4, which the check rejects
        assertEquals(HEAD + "2 rows of public.items violate check items_pack_check (qty / packs > 0): id=2, id=4"
                + TAIL, refused(db, files));

        db.execute("DELETE FROM items WHERE id IN (2, 4)");
        applies(db, files);
    }

    @Test
    void violatingRowsBeforeACheck(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE items (id int PRIMARY KEY, qty int);",
                "INSERT INTO items VALUES (1, 5), (2, 0), (3, NULL), (4, -1)",
                "-- shale:requires check public.items items_qty_check qty > 0\n",
                "ALTER TABLE items ADD CONSTRAINT items_qty_check CHECK (qty > 0) NOT VALID;\n"
                        + "ALTER TABLE items VALIDATE CONSTRAINT items_qty_check;");

        assertEquals(HEAD + "2 rows of public.items violate check items_qty_check (qty > 0): id=2, id=4" + TAIL,
                refused(db, files));

        db.execute("DELETE FROM items WHERE qty <= 0");
        applies(db, files);
    }

    @Test
    void orphansBeforeAForeignKey(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY);\n"
                        + "CREATE TABLE orders (id int PRIMARY KEY, user_id int);",
                "INSERT INTO users VALUES (1), (2); INSERT INTO orders VALUES (10, 1), (11, 3), (12, NULL), (13, 4)",
                "-- shale:requires references public.orders orders_user_id_fkey (user_id) public.users (id)\n",
                "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);");

        assertEquals(HEAD + "2 rows of public.orders (user_id) have no match in public.users (id) (foreign key"
                + " orders_user_id_fkey): id=11, id=13" + TAIL, refused(db, files));

        db.execute("INSERT INTO users VALUES (3), (4)");
        applies(db, files);
    }

    /** A foreign key on a column the file adds with a default: every row gets the default, which must match. */
    @Test
    void aForeignKeyOnANewColumnIsCheckedThroughItsDefault(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE orgs (id bigint PRIMARY KEY);\n"
                        + "CREATE TABLE users (id int PRIMARY KEY);",
                "INSERT INTO orgs VALUES (1); INSERT INTO users VALUES (1), (2)",
                "-- shale:requires check public.users users_org_id_fkey (0) IS NULL OR EXISTS (SELECT 1 FROM"
                        + " public.orgs AS r WHERE r.id = (0))\n",
                "ALTER TABLE users ADD COLUMN org_id bigint DEFAULT 0 NOT NULL;\n"
                        + "ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id);");

        assertTrue(refused(db, files).startsWith(HEAD + "2 rows of public.users violate check users_org_id_fkey"),
                refused(db, files));

        db.execute("INSERT INTO orgs VALUES (0)");
        applies(db, files);
    }

    @Test
    void rowsUsingARemovedEnumValue(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TYPE status AS ENUM ('NEW', 'OLD', 'GONE');\n"
                        + "CREATE TABLE tasks (id int PRIMARY KEY, status status, history status[]);",
                "INSERT INTO tasks VALUES (1, 'GONE', '{NEW}'), (2, 'NEW', '{GONE}'), (3, 'OLD', NULL)",
                "-- shale:requires enum-unused public.status 'GONE'\n",
                "ALTER TYPE status RENAME TO status__old;\nCREATE TYPE status AS ENUM ('NEW', 'OLD');\n"
                        + "ALTER TABLE tasks ALTER COLUMN status TYPE status USING status::text::status,"
                        + " ALTER COLUMN history TYPE status[] USING history::text[]::status[];\nDROP TYPE status__old;");

        assertEquals(HEAD + "2 rows use enum value public.status 'GONE', which the migration removes (in"
                + " public.tasks.history, public.tasks.status): public.tasks id=2, public.tasks id=1" + TAIL,
                refused(db, files));

        db.execute("UPDATE tasks SET status = 'OLD', history = '{OLD}' WHERE id IN (1, 2)");
        applies(db, files);
    }

    @Test
    void valuesATypeChangeCutsOrRounds(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE prices (id int PRIMARY KEY, code varchar(10),"
                        + " amount numeric(10,2));",
                "INSERT INTO prices VALUES (1, 'abc', 2.00), (2, 'abcdef', 2.50), (3, NULL, NULL), (4, 'xy', 1.25)",
                "-- shale:requires cast public.prices.code varchar(10) -> varchar(3)\n"
                        + "-- shale:requires cast public.prices.amount numeric(10,2) -> integer\n",
                "ALTER TABLE prices ALTER COLUMN code TYPE varchar(3) USING code::varchar(3),"
                        + " ALTER COLUMN amount TYPE integer USING amount::integer;");

        String description = refused(db, files);
        assertEquals("2 pre-flight data checks failed: the rows would make migrate fail.\n"
                + FILE + ": 1 value of public.prices.code cannot be converted from varchar(10) to varchar(3) unchanged"
                + " (rejected, cut or rounded): id=2\n"
                + FILE + ": 2 values of public.prices.amount cannot be converted from numeric(10,2) to integer"
                + " unchanged (rejected, cut or rounded): id=2, id=4" + TAIL, description);

        db.execute("UPDATE prices SET code = 'abc', amount = round(amount)");
        applies(db, files);
    }

    @Test
    void valuesATypeChangesCastRejects(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE codes (id int PRIMARY KEY, code text);",
                "INSERT INTO codes VALUES (1, '12'), (2, 'x'), (3, NULL), (4, '4y'), (5, '99999999999')",
                "-- shale:requires cast public.codes.code text -> integer\n",
                "ALTER TABLE codes ALTER COLUMN code TYPE integer USING code::integer;");

        assertEquals(HEAD + "3 values of public.codes.code cannot be converted from text to integer unchanged"
                + " (rejected, cut or rounded): id=2, id=4, id=5" + TAIL, refused(db, files));

        db.execute("DELETE FROM codes WHERE id <> 1");
        applies(db, files);
        assertEquals(List.of("12"), db.firstColumn("SELECT code::text FROM codes"));
    }

    @Test
    void anObjectAnEarlierMigrationCreatesIsCheckedWhenItsFileStarts(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "create", "CREATE TABLE users (id int PRIMARY KEY, email text);\n"
                        + "INSERT INTO users VALUES (1, 'a'), (2, NULL);")
                .up("20260101000002", "change", MigrationFiles.header(true, "long-lock")
                        + "-- shale:requires no-nulls public.users.email\n"
                        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.DATA_CHECK, refused.reason());
        assertEquals(HEAD + "public.users.email holds 1 NULL (SET NOT NULL needs none): id=2\nFound when the file"
                + " started, after the files before it in this run. The open transaction was rolled back. No migration"
                + " of this run was recorded.", refused.description());
        assertEquals(before, db.dump());
        assertEquals(List.of(), Db.history(db));
    }

    /** The fix the refusal advises: a data migration before the change, in the same run, corrects the rows. */
    @Test
    void aDataMigrationEarlierInTheRunThatFixesTheRowsLetsTheFileRun(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "create", "CREATE TABLE users (id int PRIMARY KEY, email text);")
                .up("20260101000002", "fill_emails", "UPDATE users SET email = 'unknown' WHERE email IS NULL;")
                .up("20260101000003", "change", MigrationFiles.header(true, "long-lock")
                        + "-- shale:requires no-nulls public.users.email\n"
                        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO users VALUES (1, 'a'), (2, NULL)");

        assertEquals(2, Shale.migrate(Db.dataSource(db), files.source()).applied().size());

        assertEquals(List.of("a", "unknown"), db.firstColumn("SELECT email FROM users ORDER BY id"));
    }

    /** Rows failing before the run, and still failing when the file starts after a file that could have fixed them. */
    @Test
    void rowsStillFailingAfterTheFilesBeforeAreRefusedWhenTheFileStarts(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "create", "CREATE TABLE users (id int PRIMARY KEY, email text);")
                .up("20260101000002", "fill_some", "UPDATE users SET email = 'unknown' WHERE id = 1;")
                .up("20260101000003", "change", MigrationFiles.header(true, "long-lock")
                        + "-- shale:requires no-nulls public.users.email\n"
                        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        db.execute("INSERT INTO users VALUES (1, NULL), (2, NULL)");
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source()));

        assertEquals(Reason.DATA_CHECK, refused.reason());
        assertEquals("A pre-flight data check failed: the rows would make migrate fail.\n"
                + "migrations/20260101000003_change.sql: public.users.email holds 1 NULL (SET NOT NULL needs none):"
                + " id=2\nFound when the file started, after the files before it in this run. The open transaction was"
                + " rolled back. No migration of this run was recorded.", refused.description());
        assertEquals(before, db.dump());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
    }

    @Test
    void aRequirementOnWhatTheFileItselfCreatesHasNothingToCheck(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root).up("20260101000001", "create", MigrationFiles.header(true,
                "none") + "-- shale:requires no-nulls public.fresh.name\n"
                + "CREATE TABLE fresh (name text);\nALTER TABLE fresh ALTER COLUMN name SET NOT NULL;");
        assertEquals(1, Shale.migrate(Db.dataSource(db), files.source()).applied().size());
    }

    @Test
    void aDryRunRunsTheChecksAndReportsThem(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text);",
                "INSERT INTO users VALUES (1, 'a'), (2, NULL)",
                "-- shale:requires no-nulls public.users.email\n"
                        + "-- shale:requires unique public.users users_email_key (email)\n",
                "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
                        + "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);");
        MigrateOptions dryRun = MigrateOptions.DEFAULTS.withDryRun(true);

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.migrate(Db.dataSource(db), files.source(), dryRun));
        assertEquals(HEAD + "public.users.email holds 1 NULL (SET NOT NULL needs none): id=2" + TAIL,
                refused.description());

        db.execute("UPDATE users SET email = 'b' WHERE id = 2");
        MigrateResult result = Shale.migrate(Db.dataSource(db), files.source(), dryRun);
        assertEquals(List.of(FILE + ": no NULLs in public.users.email (SET NOT NULL): ok",
                FILE + ": no duplicate (email) in public.users (users_email_key): ok"), result.dataChecks());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
        // skipped, they are not run
        assertEquals(List.of(), Shale.migrate(Db.dataSource(db), files.source(), dryRun.withSkipDataChecks(true))
                .dataChecks());
    }

    @Test
    void theChecksCanBeSwitchedOff(TestDatabase db) {
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text);",
                "INSERT INTO users VALUES (1, 'a'), (2, NULL)",
                "-- shale:requires no-nulls public.users.email\n",
                "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

        MigrationFailedException failed = assertThrows(MigrationFailedException.class, () -> Shale.migrate(
                Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withSkipDataChecks(true)));
        assertEquals("23502", failed.error().sqlState());
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
    }

    @Test
    void rollbackRunsTheDownFilesChecks(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(root)
                .up("20260101000001", "create", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);")
                .up("20260101000002", "relax", "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;")
                .down("20260101000002", "relax", MigrationFiles.header(true, "long-lock")
                        + "-- shale:requires no-nulls public.users.email\n"
                        + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        Shale.migrate(Db.dataSource(db), files.source(), MigrateOptions.DEFAULTS.withTo("20260101000001"));
        Shale.migrate(Db.dataSource(db), files.source());
        db.execute("INSERT INTO users VALUES (1, 'a'), (2, NULL), (3, NULL)");
        String before = db.dump();

        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS));

        assertEquals(Reason.DATA_CHECK, refused.reason());
        assertEquals("A pre-flight data check failed: the rows would make rollback fail.\n"
                + "migrations/20260101000002_relax.down.sql: public.users.email holds 2 NULLs (SET NOT NULL needs"
                + " none): id=2, id=3\nNothing was run.", refused.description());
        assertTrue(refused.fix().endsWith("run rollback with --skip-data-checks (skipDataChecks)"), refused.fix());
        assertEquals(before, db.dump());
        assertEquals(2, Db.history(db).size());
        // a dry run refuses the same way
        assertEquals(Reason.DATA_CHECK, assertThrows(MigrationRefusedException.class, () -> Shale.rollback(
                Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withDryRun(true))).reason());

        // switched off, the down file runs and PostgreSQL refuses it
        MigrationFailedException failed = assertThrows(MigrationFailedException.class, () -> Shale.rollback(
                Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS.withSkipDataChecks(true)));
        assertEquals("23502", failed.error().sqlState());
        assertEquals(2, Db.history(db).size());

        db.execute("DELETE FROM users WHERE email IS NULL");
        assertEquals(1, Shale.rollback(Db.dataSource(db), files.source(), RollbackOptions.DEFAULTS).rolledBack().size());
    }

    @Test
    void theChecksRunUnderTheRunsStatementTimeout(TestDatabase db) throws Exception {
        MigrationFiles files = history(db, "CREATE TABLE users (id int PRIMARY KEY, email text);",
                "INSERT INTO users VALUES (1, 'a')",
                "-- shale:requires no-nulls public.users.email\n",
                "ALTER TABLE users ALTER COLUMN email SET NOT NULL;");
        MigrateOptions options = MigrateOptions.DEFAULTS.withSettings(MigrateOptions.DEFAULTS.settings()
                .withLockTimeout(java.time.Duration.ZERO).withStatementTimeout(java.time.Duration.ofMillis(300)));
        // another session holds the table: the check's read waits until the statement timeout cancels it
        try (Connection holder = db.connect(); java.sql.Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");
            DatabaseException failure = assertThrows(DatabaseException.class,
                    () -> Shale.migrate(Db.dataSource(db), files.source(), options));
            assertEquals(ErrorClass.STATEMENT_TIMEOUT, failure.errorClass());
            assertTrue(failure.getMessage().startsWith("could not run the pre-flight data checks of " + FILE),
                    failure.getMessage());
            holder.rollback();
        }
        assertEquals(List.of("20260101000001|create|1"), Db.history(db));
    }

    @Test
    void thePublicEntryPointChecksAPlainConnection(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, v text)", "INSERT INTO t SELECT g, CASE WHEN g % 2 = 0"
                + " THEN NULL ELSE 'x' END FROM generate_series(1, 20) g");
        QualifiedName t = new QualifiedName("public", "t");
        try (Connection connection = db.connect()) {
            List<PreflightFailure> failures = Preflight.check(connection, List.of(
                    new DataRequirement.NoNulls(t, "v"),
                    new DataRequirement.Unique(t, "t_v_key", List.of("v"), null),
                    new DataRequirement.NoNulls(new QualifiedName("public", "later"), "v")));
            assertEquals(2, failures.size());
            assertEquals(10, failures.get(0).count());
            assertEquals(List.of("id=2", "id=4", "id=6", "id=8", "id=10"), failures.get(0).keys());
            assertEquals(10, failures.get(1).count());
            assertTrue(connection.getAutoCommit());
        }
    }

    @Test
    void aCheckNamingATypeInASchemaNotThereYetIsMissingNotAnError(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, v text)", "INSERT INTO t VALUES (1, 'x')");
        QualifiedName t = new QualifiedName("public", "t");
        try (Connection connection = db.connect()) {
            List<Preflight.Result> results = Preflight.results(connection, List.of(
                    new DataRequirement.Check(t, "t_v_fkey", "CAST(v AS \"Reporting\".mood) IS NOT NULL"),
                    new DataRequirement.Check(t, "t_v_check", "CAST(v AS public.mood) IS NOT NULL")));
            assertEquals(List.of(true, true), results.stream().map(Preflight.Result::missing).toList());
            assertTrue(connection.getAutoCommit());
        }
    }
}
