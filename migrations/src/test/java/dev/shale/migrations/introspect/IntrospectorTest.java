package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Deferrability;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.IndexKey;
import dev.shale.model.Index;
import dev.shale.model.IndexMethod;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.testing.Parallel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.PostgresServer;
import dev.shale.testing.RandomEdits;
import dev.shale.testing.RandomSchemas;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestScale;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class IntrospectorTest {

    private static final int SEEDS = TestScale.count("shale.introspect.seeds", 80, 1000);

    private final Introspector introspector = new Introspector();

    @Test
    void aModelWithEveryKindReadsBackEqual(TestDatabase database) throws SQLException {
        SchemaModel model = everyKind();
        database.execute(up(model));
        SchemaModel read;
        try (Connection connection = database.connect()) {
            read = introspector.read(connection, List.of("public", "billing"));
        }
        assertTrue(model.equals(read), () -> ModelText.firstDifference(model, read));
    }

    @Test
    void aVirtualGeneratedColumnIsNotReadAsADefault(TestDatabase database) throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.shale.testing.PostgresServer.shared().major() >= 18,
                "virtual generated columns came with PostgreSQL 18");
        database.execute("CREATE TABLE orders (id integer PRIMARY KEY, net integer, gross integer"
                + " GENERATED ALWAYS AS (net * 2) VIRTUAL)");
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        Column gross = result.model().tables().get(0).columns().get(2);
        assertEquals(null, gross.defaultExpression());
        assertEquals("net * 2", gross.generatedExpression());
    }

    @Test
    void randomModelsReadBackEqual() {
        Parallel.assertNone(Parallel.run(0, SEEDS, Parallel.defaultThreads(), seed -> {
            SchemaModel model = RandomSchemas.generate(seed);
            List<String> schemas = new ArrayList<>(List.of("public"));
            schemas.addAll(model.schemas());
            try (TestDatabase database = TestDatabase.create()) {
                List<String> up = up(model);
                database.execute(up);
                IntrospectionResult result;
                try (Connection connection = database.connect()) {
                    result = introspector.introspect(connection, schemas);
                }
                SchemaModel read = result.model();
                assertTrue(model.equals(read), () -> "seed " + seed + ":\n" + ModelText.firstDifference(model, read)
                        + "\nSQL:\n" + String.join(";\n", up));
                assertEquals(List.of(), result.unmanaged(), () -> "seed " + seed
                        + ": a database Shale built holds nothing Shale does not manage\nSQL:\n" + String.join(";\n", up));
            } catch (SQLException e) {
                throw new IllegalStateException("seed " + seed + ": " + e.getMessage(), e);
            }
        }), SEEDS, "seeds", 3);
    }

    /** Edited models have shapes the generator alone does not make; built from empty, then after migrating. */
    @Test
    void editedModelsReadBackEqualBuiltAndMigrated() {
        int seeds = SEEDS / 2;
        Parallel.assertNone(Parallel.run(0, seeds, Parallel.defaultThreads(), seed -> {
            RandomEdits.Edit edit = RandomEdits.edit(RandomSchemas.generate(seed), new SplittableRandom(seed));
            List<String> schemas = new ArrayList<>(List.of("public"));
            schemas.addAll(edit.from().schemas());
            schemas.addAll(edit.to().schemas());
            try (TestDatabase built = TestDatabase.create(); TestDatabase migrated = TestDatabase.create()) {
                built.execute(up(edit.to()));
                migrated.execute(up(edit.from()));
                List<String> migration = MigrationPlanner.plan(edit.from(), edit.to(), edit.renames()).up().stream()
                        .map(SqlStatement::sql).toList();
                migrated.execute(migration);
                for (TestDatabase database : List.of(built, migrated)) {
                    SchemaModel read;
                    try (Connection connection = database.connect()) {
                        read = introspector.read(connection, schemas);
                    }
                    // ALTER TABLE can only append a column, so a migrated table may hold its columns in another
                    // order than the model declares; the migrated database is compared with columns by name
                    boolean wasBuilt = database == built;
                    SchemaModel expected = wasBuilt ? edit.to() : columnsByName(edit.to());
                    SchemaModel actual = wasBuilt ? read : columnsByName(read);
                    String how = wasBuilt ? "built" : "migrated by\n" + String.join(";\n", migration);
                    assertTrue(expected.equals(actual), () -> "seed " + seed + " " + edit.edits() + " " + how
                            + ":\n" + ModelText.firstDifference(expected, actual));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("seed " + seed + ": " + e.getMessage(), e);
            }
        }), seeds, "seeds", 3);
    }

    @Test
    void collationsOtherThanTheTypesAreReadInTheirNormalForm(TestDatabase database) throws SQLException {
        database.execute(
                "CREATE SCHEMA extra",
                "CREATE COLLATION extra.\"Mine\" FROM \"C\"",
                "CREATE TABLE words (a text COLLATE \"C\", b varchar(10) COLLATE pg_catalog.\"POSIX\","
                        + " c text[] COLLATE \"C\", d char(2) COLLATE ucs_basic, e text COLLATE extra.\"Mine\","
                        + " f text COLLATE \"default\", g text, h name, i integer)");
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        assertEquals(java.util.Arrays.asList("\"C\"", "\"POSIX\"", "\"C\"", "ucs_basic", "extra.\"Mine\"", null, null,
                null, null), result.model().tables().get(0).columns().stream().map(Column::collation).toList());
        assertEquals(List.of(), result.unmanaged().stream().filter(o -> o.kind() == UnmanagedObject.Kind.DETAIL)
                .map(UnmanagedObject::toString).toList());
    }

    @Test
    void detailsTheModelDoesNotDescribeAreListedByTable(TestDatabase database) throws SQLException {
        boolean nullsNotDistinct = PostgresServer.shared().major() >= 15;
        database.execute(
                "CREATE TABLE p (id int PRIMARY KEY, k int UNIQUE)",
                "CREATE TABLE ids (a int GENERATED BY DEFAULT AS IDENTITY (MAXVALUE 100 CACHE 20 CYCLE),"
                        + " b smallint GENERATED ALWAYS AS IDENTITY (INCREMENT BY -1), s serial, c text COLLATE \"C\", d text)",
                "ALTER TABLE ids ALTER d SET STORAGE EXTERNAL",
                "CREATE INDEX ids_c ON ids (c DESC NULLS LAST, d text_pattern_ops) WITH (fillfactor = 70)",
                // a key collation of the user's is modelled (the collation itself is an unmanaged object)
                "CREATE COLLATION kc (provider = libc, locale = 'C')",
                "CREATE INDEX ids_d ON ids (d COLLATE kc, c COLLATE \"POSIX\")",
                // NULLS NOT DISTINCT exists from PostgreSQL 15 on.
                nullsNotDistinct
                        ? "CREATE UNLOGGED TABLE u (x int, UNIQUE NULLS NOT DISTINCT (x) DEFERRABLE INITIALLY DEFERRED)"
                        : "CREATE UNLOGGED TABLE u (x int, UNIQUE (x) DEFERRABLE INITIALLY DEFERRED)",
                "ALTER TABLE u REPLICA IDENTITY FULL",
                "CREATE TABLE ch (y int CHECK (y > 0) NO INHERIT, z int)",
                "ALTER TABLE ch ADD FOREIGN KEY (z) REFERENCES p (id) MATCH FULL NOT VALID",
                "CREATE TABLE kid (extra int) INHERITS (ch)",
                "CREATE TYPE pt AS (a int)",
                "CREATE TABLE typed OF pt",
                "ALTER TABLE ch ALTER z SET STATISTICS 500",
                "COMMENT ON CONSTRAINT ch_y_check ON ch IS 'why'",
                "COMMENT ON INDEX ids_c IS 'fast'");
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        List<String> details = result.unmanaged().stream().filter(o -> o.kind() == UnmanagedObject.Kind.DETAIL)
                .map(UnmanagedObject::toString).toList();
        List<String> expected = new ArrayList<>(List.of(
                "table public.ch: column z: SET STATISTICS 500",
                "table public.ch: constraint ch_y_check: COMMENT 'why'",
                "table public.ch: constraint ch_z_fkey: MATCH FULL",
                "table public.ids: column d: STORAGE EXTERNAL",
                "table public.ids: index ids_c: COMMENT 'fast'",
                "table public.kid: INHERITS public.ch",
                "table public.kid: column z: SET STATISTICS 500", // ALTER TABLE recursed to the inheriting table
                "table public.typed: typed table OF pt"));
        assertEquals(expected, details);
        // constraint state, persistence and replica identity are modelled, not details
        Table u = result.model().table(QualifiedName.of("u")).orElseThrow();
        assertEquals(true, u.unlogged());
        assertEquals(ReplicaIdentity.FULL, u.replicaIdentity());
        assertEquals(Deferrability.INITIALLY_DEFERRED, u.uniques().get(0).deferrability());
        assertEquals(nullsNotDistinct, u.uniques().get(0).options().nullsNotDistinct());
        Table ch = result.model().table(QualifiedName.of("ch")).orElseThrow();
        assertEquals(List.of(new CheckConstraint("ch_y_check", "y > 0", false, true)), ch.checks());
        assertEquals(true, ch.foreignKeys().get(0).notValid());
        // identity options are modelled, not details; default bounds read as the defaults
        Table ids = result.model().table(QualifiedName.of("ids")).orElseThrow();
        assertEquals(new Identity(false, 1, 1, null, 100L, 20, true), ids.column("a").orElseThrow().identity());
        assertEquals(new Identity(true, -1, -1), ids.column("b").orElseThrow().identity());
        // key collations in the normal form of column collations, a user's with its schema
        assertEquals(List.of(IndexKey.column("d").withCollation("\"public\".\"kc\""),
                        IndexKey.column("c").withCollation("POSIX")),
                ids.indexes().stream().filter(i -> i.name().equals("ids_d")).findFirst().orElseThrow().keys());
        assertEquals("public.kc", ids.indexes().stream().filter(i -> i.name().equals("ids_d")).findFirst()
                .orElseThrow().keys().get(0).collation());
    }

    @Test
    void constraintStatePersistenceAndReplicaIdentityReadBackEqualWithTheirRows(TestDatabase database)
            throws SQLException {
        Table parent = Table.builder(QualifiedName.of("parent"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("code", ColumnType.builtIn("text"), false))
                .primaryKey("parent_pkey", "id")
                .unique(new dev.shale.model.UniqueConstraint("parent_code_key", List.of("code"), Deferrability.DEFERRABLE))
                .replicaIdentity(ReplicaIdentity.usingIndex("parent_pkey"))
                .build();
        Table child = Table.builder(QualifiedName.of("child"))
                .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                .column(Column.of("parent_id", ColumnType.builtIn("bigint"), true))
                .column(Column.of("amount", ColumnType.builtIn("integer"), true))
                .primaryKey(new dev.shale.model.PrimaryKey("child_pkey", List.of("id"), Deferrability.INITIALLY_DEFERRED))
                .check(new CheckConstraint("child_amount_check", "amount > 0", true, true))
                .foreignKey(ForeignKey.builder("child_parent_id_fkey", QualifiedName.of("parent")).columns("parent_id")
                        .referencedColumns("id").deferrability(Deferrability.INITIALLY_DEFERRED).notValid(true))
                .unlogged(true).replicaIdentity(ReplicaIdentity.FULL)
                .build();
        SchemaModel model = SchemaModel.builder().table(parent).table(child).build();
        // rows first, that the NOT VALID check and foreign key would reject, then the schema as declared
        database.execute("CREATE UNLOGGED TABLE child (id bigint NOT NULL, parent_id bigint, amount integer)",
                "INSERT INTO child VALUES (1, 99, -5), (2, NULL, 3)",
                "CREATE TABLE parent (id bigint NOT NULL, code text NOT NULL)",
                "INSERT INTO parent VALUES (1, 'a')");
        List<String> rest = new ArrayList<>(MigrationPlanner.plan(
                SchemaModel.builder().table(parent.toBuilder().primaryKey(null).uniques(List.of())
                                .replicaIdentity(ReplicaIdentity.DEFAULT).build())
                        .table(child.toBuilder().primaryKey(null).checks(List.of()).foreignKeys(List.of())
                                .replicaIdentity(ReplicaIdentity.DEFAULT).build()).build(),
                model, RenameHints.NONE).up().stream().map(SqlStatement::sql).toList());
        database.execute(rest);
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        assertEquals(model, result.model());
        assertEquals(List.of(), result.unmanaged());
        assertEquals(List.of("1:99:-5", "2::3"), database.firstColumn(
                "SELECT id || ':' || coalesce(parent_id::text, '') || ':' || amount FROM child ORDER BY id"));
    }

    @Test
    void typeModifiersTheModelHasNoPartsForAreKeptInTheTypesName(TestDatabase database) throws SQLException {
        database.execute("CREATE TABLE t (flags bit(8), mask bit varying(16), masks bit(4)[], open interval,"
                + " spent interval(3), span interval day to second, age interval year, slot interval minute to second(2),"
                + " code char(10), amount numeric(10,2))");
        SchemaModel read;
        try (Connection connection = database.connect()) {
            read = introspector.read(connection, List.of("public"));
        }
        List<String> types = read.tables().get(0).columns().stream().map(c -> c.type().sql()).toList();

        assertEquals(List.of("bit(8)", "bit varying(16)", "bit(4)[]", "interval", "interval(3)",
                "interval day to second", "interval year", "interval minute to second(2)", "char(10)", "numeric(10,2)"),
                types);
    }

    @Test
    void viewsFunctionsAndTriggersAreListedNotModelled(TestDatabase database) throws SQLException {
        database.execute(
                "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)",
                "CREATE VIEW user_names AS SELECT name FROM users",
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()",
                "CREATE SEQUENCE invoice_numbers",
                "CREATE TABLE counters (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY)",
                "CREATE MATERIALIZED VIEW user_count AS SELECT count(*) FROM users",
                "CREATE DOMAIN positive AS integer CHECK (VALUE > 0)",
                "CREATE TYPE pair AS (a integer, b integer)",
                "CREATE TYPE span AS RANGE (subtype = integer)",
                "CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1'",
                "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY own_rows ON users USING (id > 0)",
                "CREATE RULE no_delete AS ON DELETE TO counters DO INSTEAD NOTHING",
                "CREATE INDEX users_name_id_idx ON users (name) INCLUDE (id)",
                "CREATE COLLATION german (provider = libc, locale = 'C')",
                "CREATE STATISTICS users_stats (dependencies) ON id, name FROM users",
                "COMMENT ON SCHEMA public IS 'the application'",
                "CREATE SCHEMA elsewhere",
                "CREATE VIEW elsewhere.not_asked_for AS SELECT 1 AS one",
                "CREATE COLLATION elsewhere.not_asked_for (provider = libc, locale = 'C')");
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        Set<String> unmanaged = result.unmanaged().stream().map(UnmanagedObject::toString).collect(Collectors.toSet());
        assertEquals(Set.of("view public.user_names", "function public.touch()", "trigger public.users_touch on users",
                "materialized view public.user_count", "domain public.positive",
                "composite type public.pair", "range type public.span", "procedure public.noop()",
                "policy public.own_rows on users", "rule public.no_delete on counters",
                "table public.users: ROW LEVEL SECURITY enabled",
                "collation public.german", "statistics object public.users_stats on users",
                "comment on schema public"), unmanaged);
        assertEquals(List.of(QualifiedName.of("counters"), QualifiedName.of("users")),
                result.model().tables().stream().map(Table::name).toList());
        // sequences are modelled now, not listed
        assertEquals(List.of(QualifiedName.of("invoice_numbers")),
                result.model().sequences().stream().map(dev.shale.model.Sequence::name).toList());
    }

    /** A citext column in its own schema, with a case-insensitive unique index: the model of the next tests. */
    private static SchemaModel citextUsers() {
        return SchemaModel.builder().schema("util").extension(dev.shale.model.Extension.of("citext", "util"))
                .table(Table.builder(QualifiedName.of("users"))
                        .column(Column.of("id", ColumnType.builtIn("bigint"), false))
                        .column(Column.of("email", ColumnType.userType(new QualifiedName("util", "citext")), false))
                        .primaryKey("users_pkey", "id")
                        .index(Index.builder("users_email_key").columns("email").unique()))
                .build();
    }

    // citext ships with every server these tests run on (contrib, and the embedded binaries): where it is missing,
    // CREATE EXTENSION fails the test, which is meant
    @Test
    void anExtensionAndAColumnOfItsTypeReadBackWithTheirRows(TestDatabase database) throws SQLException {
        SchemaModel model = citextUsers();
        List<String> up = up(model);
        assertEquals("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA util", up.get(1), String.join(";\n", up));
        database.execute(up);
        database.execute("INSERT INTO users VALUES (1, 'Alice@Example.com'), (2, 'bob@example.com')");
        StatementFailedException duplicate = assertThrows(StatementFailedException.class,
                () -> database.execute("INSERT INTO users VALUES (3, 'ALICE@example.COM')"));
        assertTrue(duplicate.getMessage().contains("users_email_key"), duplicate.getMessage());
        // the extension's operators live in util, off the search path: named there, they compare without case
        assertEquals(List.of("1"),
                database.firstColumn("SELECT id FROM users WHERE email OPERATOR(util.=) 'alice@example.com'"));
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public", "util"));
        }
        SchemaModel read = result.model();
        assertEquals(1, read.extensions().size());
        assertTrue(read.extensions().get(0).version() != null, "the installed version is read");
        SchemaModel withoutVersion = read.withExtensions(read.extensions().stream().map(e -> e.withVersion(null))
                .toList());
        assertTrue(model.equals(withoutVersion), () -> ModelText.firstDifference(model, withoutVersion));
        assertEquals(List.of(), result.unmanaged(), "the extension's own types, functions and operators are its own");
        assertEquals(List.of(), MigrationPlanner.plan(read, model, RenameHints.NONE).up(),
                "an extension declared without a version takes the installed one");
    }

    @Test
    void anExtensionIsDroppedOnlyAfterTheColumnsUsingItAndNeverWithThem(TestDatabase database) throws SQLException {
        SchemaModel model = citextUsers();
        database.execute(up(model));
        database.execute("INSERT INTO users VALUES (1, 'Alice@Example.com')");
        // a model that forgets the extension but keeps the column: DROP EXTENSION without CASCADE is refused
        SchemaModel forgotten = model.withExtensions(List.of());
        List<String> drop = MigrationPlanner.plan(model, forgotten, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList();
        assertEquals(List.of("DROP EXTENSION citext"), drop);
        assertThrows(StatementFailedException.class, () -> database.execute(drop));
        assertEquals(List.of("Alice@Example.com"), database.firstColumn("SELECT email FROM users"));
        // the whole schema going: the table first, then the extension, then its schema
        List<String> down = MigrationPlanner.plan(model, SchemaModel.EMPTY, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList();
        assertEquals(List.of("DROP TABLE public.users", "DROP EXTENSION citext", "DROP SCHEMA util"), down);
        database.execute(down);
        assertEquals(List.of(), database.firstColumn("SELECT extname FROM pg_extension WHERE extname = 'citext'"));
    }

    @Test
    void anExtensionOfASchemaNotAskedForIsNotRead(TestDatabase database) throws SQLException {
        database.execute("CREATE SCHEMA elsewhere", "CREATE EXTENSION hstore SCHEMA elsewhere");
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        assertEquals(List.of(), result.model().extensions());
        assertEquals(List.of(), result.unmanaged());
    }

    @Test
    void invalidIndexesAndConstraintsNotValidatedAreListedBesideTheModel(TestDatabase database) throws SQLException {
        database.execute(
                "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)",
                "CREATE TABLE tickets (id bigint PRIMARY KEY, user_id bigint, priority int)",
                "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com')",
                "INSERT INTO tickets VALUES (1, 1, 3), (2, 99, 9)",
                "CREATE INDEX tickets_priority_idx ON tickets (priority)",
                "ALTER TABLE tickets ADD CONSTRAINT tickets_user_id_fkey FOREIGN KEY (user_id) REFERENCES users"
                        + " NOT VALID",
                "ALTER TABLE tickets ADD CONSTRAINT tickets_priority_check CHECK (priority <= 5) NOT VALID",
                "ALTER TABLE tickets ADD CONSTRAINT tickets_id_check CHECK (id > 0)");
        // a real failed build: the duplicate rows stop it and leave the index INVALID
        assertThrows(StatementFailedException.class,
                () -> database.execute("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)"));

        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }

        assertEquals(List.of("check tickets_priority_check on public.tickets",
                "foreign key tickets_user_id_fkey on public.tickets", "index users_email_key on public.users"),
                result.invalid().stream().map(InvalidObject::toString).toList());
        // the model, like a snapshot, reads them as if they were valid
        assertEquals(List.of("users_email_key"), result.model().table(QualifiedName.of("users")).orElseThrow()
                .indexes().stream().map(Index::name).toList());
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables(TestDatabase small, TestDatabase large)
            throws SQLException {
        small.execute(tables(2));
        large.execute(tables(40));
        int few = queriesToRead(small);
        int many = queriesToRead(large);
        assertEquals(few, many, "queries for 2 tables vs 40 tables");
        assertTrue(few <= 11, "queries: " + few);
    }

    private int queriesToRead(TestDatabase database) throws SQLException {
        try (Connection real = database.connect()) {
            CountingConnection counting = new CountingConnection(real);
            SchemaModel model = introspector.read(counting.connection(), List.of("public"));
            assertTrue(model.tables().size() >= 2);
            return counting.executions();
        }
    }

    private static List<String> tables(int count) {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TYPE mood AS ENUM ('ok', 'sad')");
        for (int i = 0; i < count; i++) {
            statements.add("CREATE TABLE t" + i + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "name varchar(32) UNIQUE CHECK (length(name) > 0), m mood DEFAULT 'ok', "
                    + "parent bigint REFERENCES t" + i + " (id) ON DELETE CASCADE)");
            statements.add("CREATE INDEX ON t" + i + " (lower(name)) WHERE parent IS NOT NULL");
            statements.add("COMMENT ON TABLE t" + i + " IS 'table " + i + "'");
        }
        return statements;
    }

    private static SchemaModel columnsByName(SchemaModel model) {
        return model.toBuilder().tables(model.tables().stream()
                .map(t -> t.toBuilder().columns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList())
                        .build())
                .toList()).build();
    }

    private static List<String> up(SchemaModel model) {
        return MigrationPlanner.plan(SchemaModel.EMPTY, model, RenameHints.NONE).up().stream()
                .map(SqlStatement::sql).toList();
    }

    /** Two schemas, enums, identity, generated, composite PK and FK, partial, expression and GIN indexes, checks, comments. */
    static SchemaModel everyKind() {
        QualifiedName status = new QualifiedName("billing", "status");
        QualifiedName accounts = new QualifiedName("billing", "accounts");
        QualifiedName invoices = QualifiedName.of("invoices");
        ColumnType statusType = ColumnType.userType(status);
        Table accountsTable = Table.builder(accounts)
                .column(Column.of("code", ColumnType.builtIn("varchar", 16), false))
                .column(Column.of("version", ColumnType.builtIn("integer"), false))
                .column(Column.builder("email", ColumnType.builtIn("varchar", 255)).notNull()
                        .comment("where we write"))
                .column(Column.builder("status", statusType).notNull().defaultExpression("'it''s'"))
                .column(Column.builder("labels", ColumnType.builtIn("text").arrayOf()).defaultExpression("'{}'")
                        .collation("\"C\""))
                .column(Column.builder("balance", ColumnType.builtIn("numeric", 10, 2)).defaultExpression("0"))
                .column(Column.builder("opened_at", ColumnType.builtIn("timestamptz")).notNull()
                        .defaultExpression("now()"))
                .primaryKey("accounts_pkey", "code", "version")
                .unique("accounts_email_key", "email")
                .check("accounts_balance_check", "balance >= 0")
                .index(Index.builder("accounts_lower_idx").expression("lower(email)").unique())
                .index(Index.builder("accounts_labels_idx").columns("labels").method(IndexMethod.GIN))
                .comment("one per customer")
                .build();
        Table invoicesTable = Table.builder(invoices)
                .column(Column.builder("id", ColumnType.builtIn("bigint")).notNull()
                        .identity(Identity.builder().always(true).start(100).increment(5).build()))
                .column(Column.of("account_code", ColumnType.builtIn("varchar", 16), true))
                .column(Column.of("account_version", ColumnType.builtIn("integer"), true))
                .column(Column.builder("priority", ColumnType.builtIn("smallint")).notNull().defaultExpression("-1"))
                .column(Column.builder("quantity", ColumnType.builtIn("integer")).notNull().defaultExpression("1"))
                .column(Column.builder("quantity_doubled", ColumnType.builtIn("integer"))
                        .generatedExpression("quantity * 2"))
                .column(Column.builder("note", ColumnType.builtIn("text")).defaultExpression("'abc'")
                        .collation("\"POSIX\""))
                .column(Column.of("payload", ColumnType.builtIn("jsonb"), true))
                .column(Column.of("paid_on", ColumnType.builtIn("date"), true))
                .column(Column.of("ratio", ColumnType.builtIn("double precision"), true))
                .column(Column.of("uid", ColumnType.builtIn("uuid"), true))
                .primaryKey("invoices_pkey", "id")
                .check("invoices_priority_check", "priority >= -1 AND priority <= 5")
                .check("invoices_ratio_check", "ratio > 0")
                .check("invoices_note_check", "length(note) > 0")
                .foreignKey(ForeignKey.builder("invoices_account_code_account_version_fkey", accounts)
                        .columns("account_code", "account_version").referencedColumns("code", "version")
                        .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE))
                .index(Index.builder("invoices_payload_idx").columns("payload").method(IndexMethod.GIN))
                .index(Index.builder("invoices_paid_on_idx").columns("paid_on").method(IndexMethod.BRIN))
                .index(Index.builder("invoices_uid_idx").columns("uid").method(IndexMethod.HASH))
                .index(Index.builder("invoices_account_code_priority_idx").columns("account_code", "priority")
                        .where("note IS NOT NULL"))
                .build();
        return SchemaModel.builder()
                .schema("billing")
                .enumType(EnumType.builder(status).values("open", "it's", "Mixed Case").comment("lifecycle"))
                .table(accountsTable)
                .table(invoicesTable)
                .build();
    }
}
