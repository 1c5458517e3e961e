package dev.shale.roundtrip;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.testing.SchemaDump;
import dev.shale.testing.StatementFailedException;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TextDiff;
import java.util.List;
import java.util.Objects;

/**
 * The round trip of one model pair, on two fresh databases:
 * <ol>
 *   <li>A := plan(EMPTY, from).up; remember dump(A); B := plan(EMPTY, to).up; remember dump(B);</li>
 *   <li>plan(from, to).up on A; dump(A) must equal dump(B);</li>
 *   <li>plan(from, to).down on A; dump(A) must equal the dump remembered in step 1.</li>
 * </ol>
 * {@link #create} and {@link #migrate} are the two halves, so that a caller may use B, still holding {@code to},
 * as the A of a next pair that starts from {@code to}.
 * A failure is an {@link AssertionError} whose first line says what went wrong (the statement PostgreSQL refused,
 * or which dumps differ), followed by the pair's label (case name, or seed and index), the models, the up and
 * down SQL and a diff of the dumps.
 */
public final class RoundTrip {

    /** A pair to migrate between, the renames declared, and a label that reproduces it. */
    public record Pair(String label, SchemaModel from, SchemaModel to, RenameHints renames) {
        public Pair {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(renames, "renames");
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
        SchemaDump.assumeAvailable();
        Created a = create(pair, pair.from(), "A", databases);
        try (TestDatabase b = create(pair, pair.to(), "B", databases).database()) {
            migrate(pair, a, b.dump());
        } finally {
            a.database().close();
        }
    }

    /** A fresh database made by {@code plan(EMPTY, model).up} (role "A" for {@code from}, "B" for {@code to}). */
    public static Created create(Pair pair, SchemaModel model, String role, TestDatabases databases) {
        String what = "plan(EMPTY, " + (role.equals("A") ? "from" : "to") + ")";
        MigrationPlan creation = plan(pair, SchemaModel.EMPTY, model, RenameHints.NONE, what);
        TestDatabase database = databases.create();
        try {
            run(pair, database, creation.up(), what + ".up on " + role, creation);
            return new Created(database, database.dump());
        } catch (RuntimeException | AssertionError e) {
            database.close();
            throw e;
        }
    }

    /**
     * Steps 2 and 3 on {@code a}, which holds {@code pair.from()} and whose dump was taken; {@code dumpTo} is the
     * dump of a database created as {@code pair.to()}. Leaves {@code a} as the down migration left it.
     */
    public static void migrate(Pair pair, Created a, String dumpTo) {
        MigrationPlan migration = plan(pair, pair.from(), pair.to(), pair.renames(), "plan(from, to)");
        run(pair, a.database(), migration.up(), "plan(from, to).up on A", migration);
        String dumpUp = a.database().dump();
        if (!dumpTo.equals(dumpUp)) {
            throw new AssertionError(report(pair, "after up, A differs from a database created as `to`", migration)
                    + TextDiff.unified("B = plan(EMPTY, to).up", dumpTo, "A after plan(from, to).up", dumpUp));
        }
        run(pair, a.database(), migration.down(), "plan(from, to).down on A", migration);
        String dumpDown = a.database().dump();
        if (!a.dump().equals(dumpDown)) {
            throw new AssertionError(report(pair, "after down, A differs from what it was before up", migration)
                    + TextDiff.unified("A before up (from)", a.dump(), "A after up and down", dumpDown));
        }
    }

    private static MigrationPlan plan(Pair pair, SchemaModel from, SchemaModel to, RenameHints renames, String what) {
        try {
            return MigrationPlanner.plan(from, to, renames);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " threw " + e + "\n  pair: " + pair.label() + "\n" + models(pair), e);
        }
    }

    private static void run(Pair pair, TestDatabase database, List<SqlStatement> statements, String what,
            MigrationPlan migration) {
        try {
            database.execute(statements.stream().map(SqlStatement::sql).toList());
        } catch (StatementFailedException e) {
            String problem = what + ": PostgreSQL refused statement " + e.index() + ": " + e.getCause().getMessage()
                    + "\n  failing SQL: " + e.sql();
            throw new AssertionError(what.contains("EMPTY")
                    ? problem + "\n  pair: " + pair.label() + "\n" + models(pair) + "statements:\n" + sql(statements)
                    : report(pair, problem, migration), e);
        }
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
