package dev.shale.migrations.runner;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.diff.postgres.Unrestorable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses, unless rollback is forced, a down file that adds back NOT NULL columns without their values
 * ({@code shale:cannot-restore}) where the table has rows: the rows would get made-up values (the zero of the type)
 * or, for a type Shale knows no value of, the down would fail. A table without rows goes through. Checked before
 * the batch for the tables the database has then, and again at the start of each such file, in the run's
 * transaction, for the state the earlier down files left (a table they renamed back or filled). A down file an
 * earlier run left partly applied is gated for the columns its steps still to run add back ({@link StillToRun}).
 */
final class UnrestorableGate {

    private static final String FIX = "if made-up values in those rows are acceptable (the file's header says what"
            + " they get), take a backup and roll back with --force (force); to get the values back, restore them"
            + " from a backup instead";

    private UnrestorableGate() {
    }

    /** Refuses, before the batch, when a unit adds back a column to a table that has rows now. */
    static void requireEmptyBefore(Session session, List<Unit> units, Map<String, Integer> done) {
        List<String> found = new ArrayList<>();
        String first = null;
        for (Unit unit : units) {
            for (Unrestorable column : StillToRun.unrestorable(unit, StillToRun.done(unit, done))) {
                LossFacts.Fact rows = rows(session, column);
                if (rows.holdsData()) {
                    first = first == null ? unit.file().display() : first;
                    found.add(sentence(unit, column, rows));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new MigrationRefusedException(Reason.IRREVERSIBLE, first, String.join("; ", found)
                    + ". Nothing was run.", FIX);
        }
    }

    /** The check of this gate at the start of each unit that names a column it cannot restore. */
    static Executor.Guard guard(Session session, Map<String, Integer> done) {
        return new Executor.Guard() {
            @Override
            public boolean appliesTo(Unit unit) {
                return !StillToRun.unrestorable(unit, StillToRun.done(unit, done)).isEmpty();
            }

            @Override
            public MigrationRefusedException check(Unit unit) {
                List<String> found = new ArrayList<>();
                for (Unrestorable column : StillToRun.unrestorable(unit, StillToRun.done(unit, done))) {
                    LossFacts.Fact rows = rows(session, column);
                    if (rows.holdsData()) {
                        found.add(sentence(unit, column, rows) + " when it starts");
                    }
                }
                return found.isEmpty() ? null : new MigrationRefusedException(Reason.IRREVERSIBLE,
                        unit.file().display(), String.join("; ", found) + ".", FIX);
            }
        };
    }

    private static String sentence(Unit unit, Unrestorable column, LossFacts.Fact rows) {
        return unit.file().display() + " cannot restore the values of " + column.describe()
                + " (dropped by its up migration): it adds the NOT NULL column back to table " + column.table()
                + ", " + rows.holding();
    }

    private static LossFacts.Fact rows(Session session, Unrestorable column) {
        DataLoss table = DataLoss.table(column.table());
        try {
            return LossFacts.of(session.connection(), table);
        } catch (SQLException e) {
            throw session.failure("could not count the rows of table " + column.table(), e);
        }
    }
}
