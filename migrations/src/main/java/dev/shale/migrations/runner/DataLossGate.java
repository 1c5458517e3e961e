package dev.shale.migrations.runner;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.diff.postgres.DataLoss;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses data-loss migrations by facts. A file whose header declares data loss without {@code shale:loses} lines
 * is refused unless allowed, whatever the database holds, since nothing says what it loses. A file with those lines
 * is refused only where the data exists: before the batch (under the lock) for the objects the database has then,
 * unless an earlier file of the batch may change rows (see {@link SqlStatement#mayChangeRows}: a data migration may
 * move or delete them), and again at the start of each such file, in the run's transaction, for the state the
 * earlier files of the batch left (an object they created, rows a data migration among them put in it or left). An object missing at that point
 * is refused too: Shale cannot tell what the file would lose (a rename earlier in the same file, a wrong line). A
 * unit an earlier run left partly applied is gated for the losses of its steps still to run ({@link StillToRun}): a
 * loss its finished steps made is done, and its object is gone.
 *
 * @param command {@code migrate} or {@code rollback}, for messages
 * @param fix what allows the loss: {@code run migrate with --allow-data-loss (allowDataLoss)}
 */
record DataLossGate(String command, String fix) {

    /** The gate of {@code migrate}. */
    static final DataLossGate MIGRATE = new DataLossGate("migrate", "if the loss is intended, take a backup and run"
            + " migrate with --allow-data-loss (allowDataLoss)");

    /** The gate of {@code rollback}: down files. */
    static final DataLossGate ROLLBACK = new DataLossGate("rollback", "if the loss is intended, take a backup and"
            + " roll back with --force (force)");

    /** Refuses {@code unit} when it declares data loss without saying what it loses. */
    void requireDeclared(Unit unit) {
        if (unit.header().losesUnknownData()) {
            String file = unit.file().display();
            throw new MigrationRefusedException(Reason.DATA_LOSS, file, file + " declares data-loss hazards in its"
                    + " header (shale:hazards " + unit.header().hazardCodes() + ") without shale:loses lines saying"
                    + " what it loses, so " + command + " cannot check whether the database holds that data."
                    + " Nothing was run.", "read its SQL and hazard notes; " + fix);
        }
    }

    /**
     * Refuses, before the batch, when a unit loses data the database holds now and no earlier unit may change rows;
     * objects missing now, and data an earlier unit may change, are left to {@link #check} at the unit's start.
     */
    void requireNoDataBefore(Session session, List<Unit> units, Map<String, Integer> done) {
        List<String> found = new ArrayList<>();
        String first = null;
        boolean rowsMayChange = false;
        for (Unit unit : units) {
            for (DataLoss loss : StillToRun.losses(unit, StillToRun.done(unit, done))) {
                LossFacts.Fact fact = fact(session, loss);
                if (fact.holdsData() && !rowsMayChange) {
                    first = first == null ? unit.file().display() : first;
                    found.add(unit.file().display() + " loses " + loss.describe() + ", " + fact.holding());
                }
            }
            rowsMayChange |= unit.mayChangeRows();
        }
        if (!found.isEmpty()) {
            throw new MigrationRefusedException(Reason.DATA_LOSS, first, String.join("; ", found) + ". Nothing was run.",
                    fix);
        }
    }

    /**
     * The refusal of {@code unit} at its start, in the run's transaction, or null when it loses no data: what it
     * says it loses is there and empty.
     */
    MigrationRefusedException check(Session session, Unit unit, int done) {
        List<String> found = new ArrayList<>();
        for (DataLoss loss : StillToRun.losses(unit, done)) {
            LossFacts.Fact fact = fact(session, loss);
            if (fact.missing()) {
                found.add(unit.file().display() + " says it loses " + loss.describe() + ", which does not exist when it"
                        + " starts, so " + command + " cannot tell what it would lose");
            } else if (fact.holdsData()) {
                found.add(unit.file().display() + " loses " + loss.describe() + ", " + fact.holding()
                        + " when it starts, after the files before it in this run");
            }
        }
        return found.isEmpty() ? null : new MigrationRefusedException(Reason.DATA_LOSS, unit.file().display(),
                String.join("; ", found) + ".", fix);
    }

    /**
     * The guard that runs {@link #check} at the start of each unit that says what its steps still to run lose
     * ({@code done}: the segments an earlier run finished, by version).
     */
    Executor.Guard guard(Session session, Map<String, Integer> done) {
        return new Executor.Guard() {
            @Override
            public boolean appliesTo(Unit unit) {
                return !StillToRun.losses(unit, StillToRun.done(unit, done)).isEmpty();
            }

            @Override
            public MigrationRefusedException check(Unit unit) {
                return DataLossGate.this.check(session, unit, StillToRun.done(unit, done));
            }
        };
    }

    private static LossFacts.Fact fact(Session session, DataLoss loss) {
        try {
            return LossFacts.of(session.connection(), loss);
        } catch (SQLException e) {
            throw session.failure("could not check what " + loss.describe() + " holds", e);
        }
    }
}
