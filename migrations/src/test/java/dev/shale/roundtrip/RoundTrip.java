package dev.shale.roundtrip;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.UncastableTypeException;
import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.Change;
import dev.shale.diff.postgres.DdlForm;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.Backfills;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.testing.RowFiller;
import dev.shale.testing.SchemaDump;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.StepRunner;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TableRows;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TextDiff;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The round trip of one model pair, on two fresh databases:
 * <ol>
 *   <li>A := plan(EMPTY, from).up; remember dump(A); B := plan(EMPTY, to).up; remember dump(B);</li>
 *   <li>fill every table of A with a few random rows ({@link RowFiller}, seeded by the pair's {@code rowSeed});</li>
 *   <li>plan(from, to).up on A, in its online form, step by step (transactional steps in a transaction, the others
 *       in autocommit, as a generated file says); dump(A) must equal dump(B), and the rows must be kept ({@link KeptData}), each
 *       identity column numbering new rows past the values held ({@link IdentityNumbering});</li>
 *   <li>plan(from, to).down on A; dump(A) must equal the dump remembered in step 1, and the rows of
 *       {@code from} that survived both directions must be back.</li>
 * </ol>
 * A pair whose plan is refused for a type change PostgreSQL has no cast for (as {@code generate} refuses it) stops
 * there, once PostgreSQL confirms that it has no such cast.
 * Before each direction runs on rows, the {@link DataGates#active() data gate} may refuse it; the refusal must
 * be real (that direction, tried in a transaction rolled back, fails on these rows), and the pair then goes on
 * with its tables emptied, so that its schema still round-trips. A change that fails on rows without a refusal
 * fails the round trip, naming the statement and the change it came from.
 * {@code -Dshale.roundtrip.rows=false} runs the schema alone, on empty tables.
 * {@link #create} and {@link #migrate} are the two halves, so that a caller may use B, still holding {@code to},
 * as the A of a next pair that starts from {@code to}.
 * A failure is an {@link AssertionError} whose first line says what went wrong (the statement PostgreSQL refused,
 * or which dumps differ), followed by the pair's label (case name, or seed and index), the models, the up and
 * down SQL and a diff of the dumps.
 */
public final class RoundTrip {

    /** Whether tables are filled with rows before the up ({@code -Dshale.roundtrip.rows}, default true). */
    static final boolean WITH_ROWS = Boolean.parseBoolean(System.getProperty("shale.roundtrip.rows", "true"));

    /** A pair to migrate between, the renames declared, a label that reproduces it, and the seed of its rows. */
    public record Pair(String label, SchemaModel from, SchemaModel to, RenameHints renames, long rowSeed) {
        public Pair {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(renames, "renames");
        }

        /** A pair whose rows are seeded by its label. */
        public Pair(String label, SchemaModel from, SchemaModel to, RenameHints renames) {
            this(label, from, to, renames, label.hashCode() * 0x9E3779B97F4A7C15L);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private RoundTrip() {
    }

    /** A database holding a model, created by {@code plan(EMPTY, model).up}, and its dump. */
    public record Created(TestDatabase database, String dump) {
    }

    /** Runs the round trip of {@code pair}; databases come from {@code databases} and are dropped at the end. */
    public static void check(Pair pair, TestDatabases databases) {
        check(pair, databases, DataGates.active());
    }

    /** Runs the round trip of {@code pair} with {@code gate} asked before each direction runs on rows. */
    static void check(Pair pair, TestDatabases databases, DataGate gate) {
        SchemaDump.assumeAvailable();
        Created a = create(pair, pair.from(), "A", databases);
        try (TestDatabase b = create(pair, pair.to(), "B", databases).database()) {
            migrate(pair, a, b.dump(), gate);
        } finally {
            a.database().close();
        }
    }

    /** A fresh database made by {@code plan(EMPTY, model).up} (role "A" for {@code from}, "B" for {@code to}). */
    public static Created create(Pair pair, SchemaModel model, String role, TestDatabases databases) {
        String what = "plan(EMPTY, " + (role.equals("A") ? "from" : "to") + ")";
        MigrationPlan creation = plan(pair, SchemaModel.EMPTY, model, RenameHints.NONE, what, DdlForm.PLAIN);
        TestDatabase database = PhaseTimes.time("create database", databases::create);
        try {
            PhaseTimes.time("create DDL", () -> run(pair, database, creation.upSteps(), what + ".up on " + role, creation));
            return new Created(database, PhaseTimes.time("dump", database::dump));
        } catch (RuntimeException | AssertionError e) {
            database.close();
            throw e;
        }
    }

    /**
     * Steps 2 to 4 on {@code a}, which holds {@code pair.from()}, empty, and whose dump was taken; {@code dumpTo} is
     * the dump of a database created as {@code pair.to()}. Leaves {@code a} as the down migration left it.
     */
    public static void migrate(Pair pair, Created a, String dumpTo) {
        migrate(pair, a, dumpTo, DataGates.active());
    }

    /** {@link #migrate(Pair, Created, String)} with {@code gate} asked before each direction runs on rows. */
    static void migrate(Pair pair, Created a, String dumpTo, DataGate gate) {
        if (PhaseTimes.time("uncastable check", () -> refusedByGenerate(pair, a.database()))) {
            return;
        }
        MigrationPlan migration = plan(pair, pair.from(), pair.to(), pair.renames(), "plan(from, to)", DdlForm.ONLINE);
        MigrationPlan plain = plan(pair, pair.from(), pair.to(), pair.renames(), "plan(from, to)", DdlForm.PLAIN);
        KeptData kept = KeptData.of(pair.from(), pair.to(), pair.renames());
        migration.changes().stream().filter(c -> c instanceof AlterColumn alter && alter.fillsNulls())
                .map(AlterColumn.class::cast).forEach(alter -> kept.filling(alter.table(), alter.to().name()));
        Map<QualifiedName, TableRows> before = WITH_ROWS ? PhaseTimes.time("fill", () -> fill(pair, a.database())) : null;
        boolean rows = before != null && before.values().stream().anyMatch(t -> !t.rows().isEmpty());
        if (rows && PhaseTimes.time("gate up", () -> refused(gate, pair, a.database(), migration, plain, DataGate.Direction.UP, pair.from()))) {
            rows = false;
        }
        String upWhat = "plan(from, to).up on A" + (rows ? " holding rows" : "");
        PhaseTimes.time("up", () -> run(pair, a.database(), migration.upSteps(), upWhat, migration));
        String dumpUp = PhaseTimes.time("dump", a.database()::dump);
        if (!dumpTo.equals(dumpUp)) {
            throw new AssertionError(report(pair, "after up, A differs from a database created as `to`", migration)
                    + TextDiff.unified("B = plan(EMPTY, to).up", dumpTo, "A after plan(from, to).up", dumpUp));
        }
        if (rows) {
            Map<QualifiedName, TableRows> after = PhaseTimes.time("read rows", () -> read(pair, a.database(), pair.to()));
            List<String> problems = new ArrayList<>(kept.afterUp(before, after, migration.upHazards()));
            problems.addAll(PhaseTimes.time("identity", () -> identityProblems(pair, a.database(), pair.to())));
            rowProblems(pair, "after up", problems, migration);
            if (PhaseTimes.time("gate down", () -> refused(gate, pair, a.database(), migration, plain, DataGate.Direction.DOWN, pair.to()))) {
                rows = false;
            }
        }
        String downWhat = "plan(from, to).down on A" + (rows ? " holding rows" : "");
        PhaseTimes.time("down", () -> run(pair, a.database(), migration.downSteps(), downWhat, migration));
        String dumpDown = PhaseTimes.time("dump", a.database()::dump);
        if (!a.dump().equals(dumpDown)) {
            throw new AssertionError(report(pair, "after down, A differs from what it was before up", migration)
                    + TextDiff.unified("A before up (from)", a.dump(), "A after up and down", dumpDown));
        }
        if (rows) {
            Map<QualifiedName, TableRows> back = PhaseTimes.time("read rows", () -> read(pair, a.database(), pair.from()));
            List<String> problems = new ArrayList<>(kept.afterDown(before, back, migration.upHazards(),
                    migration.downHazards()));
            problems.addAll(PhaseTimes.time("identity", () -> identityProblems(pair, a.database(), pair.from())));
            rowProblems(pair, "after down", problems, migration);
        }
    }

    /**
     * Whether planning the pair refuses a type change PostgreSQL has no cast for ({@link UncastableTypeException}, as
     * {@code generate} does); the refusal must be real: PostgreSQL, asked on {@code database}, refuses the conversion
     * too (written here apart from the renderer: {@code NULL::from::to}, out of an enum through text).
     */
    private static boolean refusedByGenerate(Pair pair, TestDatabase database) {
        try {
            MigrationPlanner.plan(pair.from(), pair.to(), pair.renames(), Backfills.NONE, DdlForm.PLAIN);
            return false;
        } catch (UncastableTypeException e) {
            ColumnType from = e.down() ? e.to() : e.from();
            ColumnType to = e.down() ? e.from() : e.to();
            String text = "text" + "[]".repeat(from.dimensions());
            String value = "NULL::" + from.sql() + (from.isUserType() && !to.sql().equals(text) ? "::" + text : "");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT " + value + "::" + to.sql()).close();
            } catch (SQLException cannot) {
                Counts.GENERATE_REFUSALS.increment();
                return true;
            }
            throw new AssertionError("plan(from, to) refused a type change that PostgreSQL converts (" + value + "::"
                    + to.sql() + "): " + e.getMessage() + "\n  pair: " + pair.label() + "\n" + models(pair), e);
        } catch (RuntimeException e) {
            return false; // reported by the plan the round trip makes next
        }
    }

    /** Counts of what the round trips did with rows, for the property's summary line. */
    static final class Counts {
        static final LongAdder GENERATE_REFUSALS = new LongAdder();
        static final LongAdder PAIRS_WITH_ROWS = new LongAdder();
        static final LongAdder ROWS = new LongAdder();
        static final LongAdder UP_REFUSALS = new LongAdder();
        static final LongAdder DOWN_REFUSALS = new LongAdder();

        private Counts() {
        }

        static String line() {
            return PAIRS_WITH_ROWS.sum() + " pairs ran on rows (" + ROWS.sum() + " rows), the data gate refused "
                    + UP_REFUSALS.sum() + " ups and " + DOWN_REFUSALS.sum() + " downs, planning refused "
                    + GENERATE_REFUSALS.sum() + " type changes without a cast";
        }
    }

    /** Fills A's tables ({@code pair.from()}) and reads them back, as the database holds them. */
    private static Map<QualifiedName, TableRows> fill(Pair pair, TestDatabase database) {
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone TO 'UTC'");
            }
            Map<QualifiedName, Integer> inserted = RowFiller.fill(connection, pair.from(), pair.rowSeed());
            int total = inserted.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 0) {
                Counts.PAIRS_WITH_ROWS.increment();
                Counts.ROWS.add(total);
            }
            return TableRows.read(connection, pair.from());
        } catch (SQLException e) {
            throw new IllegalStateException("filling the tables of `from` failed (a harness bug): " + e.getMessage()
                    + "\n  pair: " + pair.label(), e);
        }
    }

    private static Map<QualifiedName, TableRows> read(Pair pair, TestDatabase database, SchemaModel model) {
        try (Connection connection = database.connect()) {
            return TableRows.read(connection, model);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rows back failed: " + e.getMessage() + "\n  pair: "
                    + pair.label(), e);
        }
    }

    /** Identity columns of {@code model} whose next value would collide with the rows (see {@link IdentityNumbering}). */
    private static List<String> identityProblems(Pair pair, TestDatabase database, SchemaModel model) {
        try (Connection connection = database.connect()) {
            return IdentityNumbering.problems(connection, model);
        } catch (SQLException e) {
            throw new IllegalStateException("reading identity sequences failed: " + e.getMessage() + "\n  pair: "
                    + pair.label(), e);
        }
    }

    private static void rowProblems(Pair pair, String when, List<String> problems, MigrationPlan migration) {
        if (!problems.isEmpty()) {
            throw new AssertionError(report(pair, when + ", rows were not kept: " + problems.get(0), migration)
                    + "row problems:\n  " + String.join("\n  ", problems) + "\n");
        }
    }

    /**
     * Asks the data gate about {@code direction}; when it refuses, checks that the refusal is real (the direction
     * fails on these rows, tried in a transaction that is rolled back; or the gate refused a conversion that would
     * cut or round values; tried in the plain form of {@code plain}, which a transaction can hold) and empties the
     * tables of {@code current},
     * so that the pair goes on without rows.
     */
    private static boolean refused(DataGate gate, Pair pair, TestDatabase database, MigrationPlan migration,
            MigrationPlan plain, DataGate.Direction direction, SchemaModel current) {
        try (Connection connection = database.connect()) {
            Optional<DataGate.Refusal> refusal = gate.refusal(migration, direction, connection);
            if (refusal.isEmpty()) {
                return false;
            }
            List<SqlStatement> statements = direction == DataGate.Direction.UP ? plain.up() : plain.down();
            boolean fails = false;
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (SqlStatement sql : statements) {
                    statement.execute(sql.sql());
                }
            } catch (SQLException e) {
                fails = true;
            }
            connection.rollback();
            if (!fails && !refusal.get().cutsValues()) {
                throw new AssertionError(report(pair, "the data gate refused the " + direction.word() + " (\""
                        + refusal.get().message() + "\"), but it applies on these rows", migration));
            }
            try (Statement statement = connection.createStatement()) {
                if (!current.tables().isEmpty()) {
                    statement.execute("TRUNCATE " + current.tables().stream().map(t -> t.name().sql())
                            .collect(Collectors.joining(", ")) + " CASCADE");
                }
            }
            connection.commit();
            (direction == DataGate.Direction.UP ? Counts.UP_REFUSALS : Counts.DOWN_REFUSALS).increment();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("asking the data gate about the " + direction.word() + " failed: "
                    + e.getMessage() + "\n  pair: " + pair.label(), e);
        }
    }

    private static MigrationPlan plan(Pair pair, SchemaModel from, SchemaModel to, RenameHints renames, String what,
                                      DdlForm form) {
        try {
            return MigrationPlanner.plan(from, to, renames, Backfills.NONE, form);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw " + e + "\n  pair: " + pair.label() + "\n" + models(pair), e);
        }
    }

    private static void run(Pair pair, TestDatabase database, List<MigrationStep> steps, String what,
            MigrationPlan migration) {
        List<SqlStatement> statements = steps.stream().flatMap(s -> s.statements().stream()).toList();
        try {
            StepRunner.run(database, steps);
        } catch (StatementFailedException e) {
            String problem = what + ": PostgreSQL refused statement " + e.index() + " ["
                    + changeKind(statements.get(e.index()).change()) + "]: " + e.getCause().getMessage()
                    + "\n  failing SQL: " + e.sql();
            throw new AssertionError(what.contains("EMPTY")
                    ? problem + "\n  pair: " + pair.label() + "\n" + models(pair) + "statements:\n" + sql(statements)
                    : report(pair, problem, migration), e);
        }
    }

    /** The kind of a change for grouping failures: its type, and for an AlterColumn the aspects it changes. */
    static String changeKind(Change change) {
        return change instanceof AlterColumn alter ? "AlterColumn " + alter.aspects()
                : change.getClass().getSimpleName();
    }

    private static String report(Pair pair, String problem, MigrationPlan migration) {
        return problem + "\n  pair: " + pair.label() + "\n" + models(pair)
                + "up:\n" + sql(migration.up()) + "down:\n" + sql(migration.down());
    }

    private static String models(Pair pair) {
        return "from: " + pair.from() + "\nto:   " + pair.to() + "\nrenames: " + pair.renames() + "\n";
    }

    /** Statements one per line, each ended with a semicolon, numbered from 0 as in the failure messages. */
    static String sql(List<SqlStatement> statements) {
        if (statements.isEmpty()) {
            return "  (none)\n";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            out.append(String.format("  %2d  %s;%n", i, statements.get(i).sql().replace("\n", "\n      ")));
        }
        return out.toString();
    }
}
