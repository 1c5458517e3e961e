package dev.shale.diff.drift;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a live database's model differs from the model it should have (a snapshot), object by object,
 * and the plan that brings the database back: its changes are exactly the fixes, its up SQL the
 * statements to run. The expected model's expressions are first {@linkplain SpellingAlignment aligned} with
 * the database's: spelled as PostgreSQL spells them (kept in the snapshot), so that one expression spelt by
 * the records and by PostgreSQL's catalog is not drift.
 *
 * @param items   what differs, moved extensions first, then in the fix's order; empty when the database matches
 * @param fix     the migration from the database's model (its moved extensions back) to the expected one
 * @param moveSql the statements that move extensions back to their schemas, run before {@code fix}
 */
public record Drift(List<DriftItem> items, MigrationPlan fix, List<String> moveSql) {

    public Drift {
        items = List.copyOf(items);
        Objects.requireNonNull(fix, "fix");
        moveSql = List.copyOf(moveSql);
    }

    /** Every statement that brings the database back: the moves of extensions, then the fix's up SQL. */
    public List<String> fixSql() {
        List<String> sql = new ArrayList<>(moveSql);
        fix.up().forEach(statement -> sql.add(statement.sql()));
        return List.copyOf(sql);
    }

    /** The drift of {@code actual} from {@code expected}, no PostgreSQL spelling known (see below). */
    public static Drift between(SchemaModel actual, SchemaModel expected) {
        return between(actual, expected, PostgresSpellings.NONE);
    }

    /**
     * The drift of {@code actual} (read from a database) from {@code expected} (a snapshot's model), comparing
     * expressions by the snapshot's PostgreSQL spellings where it has them, else heuristically.
     */
    public static Drift between(SchemaModel actual, SchemaModel expected, PostgresSpellings spellings) {
        List<MovedExtensions.Moved> moved = MovedExtensions.of(actual, expected);
        SchemaModel back = MovedExtensions.movedBack(actual, expected, moved);
        MigrationPlan plan = MigrationPlanner.plan(validatedAsExpected(back, expected),
                SpellingAlignment.align(expected, back, spellings), RenameHints.NONE);
        List<DriftItem> items = new ArrayList<>();
        moved.forEach(m -> items.add(m.item()));
        items.addAll(DriftDescriptions.describe(plan.changes()));
        return new Drift(items, plan, moved.stream().map(MovedExtensions.Moved::sql).toList());
    }

    /**
     * {@code actual} with the checks and foreign keys that {@code expected} has as valid marked valid: one left NOT
     * VALID in the database (a half-done online migration) is reported apart, as introspection's invalid objects
     * with the VALIDATE that fixes it, not as drift. One the snapshot declares NOT VALID but the database holds
     * validated is drift.
     */
    private static SchemaModel validatedAsExpected(SchemaModel actual, SchemaModel expected) {
        return actual.toBuilder().tables(actual.tables().stream().map(t -> expected.table(t.name()).map(e -> t.toBuilder()
                .checks(t.checks().stream().map(c -> c.notValid() && e.checks().stream()
                        .anyMatch(x -> x.name().equals(c.name()) && !x.notValid()) ? c.withNotValid(false) : c).toList())
                .foreignKeys(t.foreignKeys().stream().map(f -> f.notValid() && e.foreignKeys().stream()
                        .anyMatch(x -> x.name().equals(f.name()) && !x.notValid())
                        ? f.toBuilder().notValid(false).build() : f).toList())
                .build()).orElse(t)).toList()).build();
    }

    /** Whether the database matches. */
    public boolean isEmpty() {
        return items.isEmpty();
    }
}
