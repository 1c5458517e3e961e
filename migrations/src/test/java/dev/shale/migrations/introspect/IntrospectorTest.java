package dev.shale.migrations.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Identity;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.IndexMethod;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReferentialAction;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.testing.Parallel;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.RandomEdits;
import dev.shale.testing.RandomSchemas;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
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

    private static final int SEEDS = Integer.getInteger("shale.introspect.seeds", 300);

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
    void randomModelsReadBackEqual() {
        Parallel.assertNone(Parallel.run(0, SEEDS, Parallel.defaultThreads(), seed -> {
            SchemaModel model = RandomSchemas.generate(seed);
            List<String> schemas = new ArrayList<>(List.of("public"));
            schemas.addAll(model.schemas());
            try (TestDatabase database = TestDatabase.create()) {
                List<String> up = up(model);
                database.execute(up);
                SchemaModel read;
                try (Connection connection = database.connect()) {
                    read = introspector.read(connection, schemas);
                }
                assertTrue(model.equals(read), () -> "seed " + seed + ":\n" + ModelText.firstDifference(model, read)
                        + "\nSQL:\n" + String.join(";\n", up));
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
                "CREATE INDEX users_name_idx ON users (name) INCLUDE (id)",
                "CREATE SCHEMA elsewhere",
                "CREATE VIEW elsewhere.not_asked_for AS SELECT 1 AS one");
        IntrospectionResult result;
        try (Connection connection = database.connect()) {
            result = introspector.introspect(connection, List.of("public"));
        }
        Set<String> unmanaged = result.unmanaged().stream().map(UnmanagedObject::toString).collect(Collectors.toSet());
        assertEquals(Set.of("view public.user_names", "function public.touch()", "trigger public.users_touch on users",
                "sequence public.invoice_numbers", "materialized view public.user_count", "domain public.positive",
                "composite type public.pair", "range type public.span", "procedure public.noop()",
                "policy public.own_rows on users", "rule public.no_delete on counters",
                "index public.users_name_idx on users"), unmanaged);
        assertEquals(List.of(QualifiedName.of("counters"), QualifiedName.of("users")),
                result.model().tables().stream().map(Table::name).toList());
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
        assertTrue(few <= 10, "queries: " + few);
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
        return new SchemaModel(model.schemas(), model.enums(), model.tables().stream()
                .map(t -> new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                        t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes(), t.comment()))
                .toList());
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
        Table accountsTable = new Table(accounts,
                List.of(Column.of("code", ColumnType.builtIn("varchar", 16), false),
                        Column.of("version", ColumnType.builtIn("integer"), false),
                        new Column("email", ColumnType.builtIn("varchar", 255), false, null, null, null,
                                "where we write"),
                        new Column("status", statusType, false, "'it''s'", null, null, null),
                        new Column("labels", ColumnType.builtIn("text").arrayOf(), true, "'{}'", null, null, null),
                        new Column("balance", ColumnType.builtIn("numeric", 10, 2), true, "0", null, null, null),
                        new Column("opened_at", ColumnType.builtIn("timestamptz"), false, "now()", null, null, null)),
                new PrimaryKey("accounts_pkey", List.of("code", "version")),
                List.of(new UniqueConstraint("accounts_email_key", List.of("email"))),
                List.of(new CheckConstraint("accounts_balance_check", "balance >= 0")),
                List.of(),
                List.of(new Index("accounts_lower_idx", List.of(IndexKey.expression("lower(email)")), true,
                                IndexMethod.BTREE, null),
                        new Index("accounts_labels_idx", List.of(IndexKey.column("labels")), false, IndexMethod.GIN,
                                null)),
                "one per customer");
        Table invoicesTable = new Table(invoices,
                List.of(new Column("id", ColumnType.builtIn("bigint"), false, null, new Identity(true, 100, 5), null,
                                null),
                        Column.of("account_code", ColumnType.builtIn("varchar", 16), true),
                        Column.of("account_version", ColumnType.builtIn("integer"), true),
                        new Column("priority", ColumnType.builtIn("smallint"), false, "-1", null, null, null),
                        new Column("quantity", ColumnType.builtIn("integer"), false, "1", null, null, null),
                        new Column("quantity_doubled", ColumnType.builtIn("integer"), true, null, null,
                                "quantity * 2", null),
                        new Column("note", ColumnType.builtIn("text"), true, "'abc'", null, null, null),
                        Column.of("payload", ColumnType.builtIn("jsonb"), true),
                        Column.of("paid_on", ColumnType.builtIn("date"), true),
                        Column.of("ratio", ColumnType.builtIn("double precision"), true),
                        Column.of("uid", ColumnType.builtIn("uuid"), true)),
                new PrimaryKey("invoices_pkey", List.of("id")),
                List.of(),
                List.of(new CheckConstraint("invoices_priority_check", "priority >= -1 AND priority <= 5"),
                        new CheckConstraint("invoices_ratio_check", "ratio > 0"),
                        new CheckConstraint("invoices_note_check", "length(note) > 0")),
                List.of(new ForeignKey("invoices_account_code_account_version_fkey",
                        List.of("account_code", "account_version"), accounts, List.of("code", "version"),
                        ReferentialAction.SET_NULL, ReferentialAction.CASCADE)),
                List.of(new Index("invoices_payload_idx", List.of(IndexKey.column("payload")), false,
                                IndexMethod.GIN, null),
                        new Index("invoices_paid_on_idx", List.of(IndexKey.column("paid_on")), false,
                                IndexMethod.BRIN, null),
                        new Index("invoices_uid_idx", List.of(IndexKey.column("uid")), false, IndexMethod.HASH,
                                null),
                        new Index("invoices_account_code_priority_idx",
                                List.of(IndexKey.column("account_code"), IndexKey.column("priority")), false,
                                IndexMethod.BTREE, "note IS NOT NULL")),
                null);
        return new SchemaModel(List.of("billing"),
                List.of(new EnumType(status, List.of("open", "it's", "Mixed Case"), "lifecycle")),
                List.of(accountsTable, invoicesTable));
    }
}
