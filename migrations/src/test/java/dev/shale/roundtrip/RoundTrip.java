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
import java.util.stream.Collectors;

/**
 * The round trip of one model pair, on two fresh databases:
 * <ol>
 *   <li>A := plan(EMPTY, from).up; remember dump(A);</li>
 *   <li>plan(from, to).up on A; B := plan(EMPTY, to).up; dump(A) must equal dump(B);</li>
 *   <li>plan(from, to).down on A; dump(A) must equal the dump remembered in step 1.</li>
 * </ol>
 * A failure is an {@link AssertionError} whose message holds the label (case name or seed), the models, the
 * SQL that ran and a diff of the dumps, or the statement PostgreSQL refused.
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

    /** Runs the round trip of {@code pair}; databases come from {@code databases} and are dropped at the end. */
    public static void check(Pair pair, TestDatabases databases) {
        SchemaDump.assumeAvailable();
        MigrationPlan createFrom = plan(pair, SchemaModel.EMPTY, pair.from(), RenameHints.NONE, "plan(EMPTY, from)");
        MigrationPlan createTo = plan(pair, SchemaModel.EMPTY, pair.to(), RenameHints.NONE, "plan(EMPTY, to)");
        MigrationPlan migration = plan(pair, pair.from(), pair.to(), pair.renames(), "plan(from, to)");
        try (TestDatabase a = databases.create(); TestDatabase b = databases.create()) {
            run(pair, a, createFrom.up(), "plan(EMPTY, from).up on A", migration);
            String dumpFrom = a.dump();
            run(pair, a, migration.up(), "plan(from, to).up on A", migration);
            String dumpUp = a.dump();
            run(pair, b, createTo.up(), "plan(EMPTY, to).up on B", migration);
            String dumpTo = b.dump();
            if (!dumpTo.equals(dumpUp)) {
                throw new AssertionError(report(pair, "after up, A differs from a database created as `to`", migration)
                        + TextDiff.unified("B = plan(EMPTY, to).up", dumpTo, "A after plan(from, to).up", dumpUp));
            }
            run(pair, a, migration.down(), "plan(from, to).down on A", migration);
            String dumpDown = a.dump();
            if (!dumpFrom.equals(dumpDown)) {
                throw new AssertionError(report(pair, "after down, A differs from what it was before up", migration)
                        + TextDiff.unified("A before up (from)", dumpFrom, "A after up and down", dumpDown));
            }
        }
    }

    private static MigrationPlan plan(Pair pair, SchemaModel from, SchemaModel to, RenameHints renames, String what) {
        try {
            return MigrationPlanner.plan(from, to, renames);
        } catch (RuntimeException e) {
            throw new AssertionError("[" + pair.label() + "] " + what + " threw " + e + "\n" + models(pair), e);
        }
    }

    private static void run(Pair pair, TestDatabase database, List<SqlStatement> statements, String what,
            MigrationPlan migration) {
        try {
            database.execute(statements.stream().map(SqlStatement::sql).toList());
        } catch (StatementFailedException e) {
            throw new AssertionError(report(pair, what + ": PostgreSQL refused statement " + e.index() + ": "
                    + e.getCause().getMessage() + "\n  failing SQL: " + e.sql(), migration)
                    + (what.contains("EMPTY") ? "  statements:\n" + sql(statements) : ""), e);
        }
    }

    private static String report(Pair pair, String problem, MigrationPlan migration) {
        return "[" + pair.label() + "] " + problem + "\n" + models(pair)
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

    /** The whole script, for reports. */
    static String script(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql() + ";").collect(Collectors.joining("\n"));
    }
}
