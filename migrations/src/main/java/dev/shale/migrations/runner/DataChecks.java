package dev.shale.migrations.runner;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.diff.postgres.DataRequirement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-flight data checks of one run ({@link Preflight}): before the batch, under the migration lock (or for a
 * dry run, without it), every {@code shale:requires} line of every file to run is checked read-only, and the run is
 * refused ({@link Reason#DATA_CHECK}) when the rows fail one. A requirement about an object that does not exist
 * before the batch (an earlier file of the run creates it) is checked again at the start of its own file, in the
 * run's transaction; missing then too, the file creates it itself, empty, and there is nothing to check. So is a
 * requirement the rows fail before the batch when an earlier file of the run may change rows (a data migration
 * written to fix them, see {@link dev.shale.migrations.runner.sql.SqlStatement#mayChangeRows}): the file is refused
 * only if the rows still fail it when it starts. A unit an earlier run left partly applied is checked for the
 * requirements of its steps still to run ({@link StillToRun}): the others guard changes that are done.
 */
final class DataChecks {

    private final String command;
    private final Map<Unit, List<DataRequirement>> deferred = new HashMap<>();
    private final List<String> report = new ArrayList<>();

    /** The checks of a run of {@code command}: {@code migrate}, or {@code rollback} (down files). */
    DataChecks(String command) {
        this.command = command;
    }

    /** One line per check run before the batch ({@code FILE: WHAT: ok}), for a run's report. */
    List<String> report() {
        return List.copyOf(report);
    }

    /**
     * Checks every unit's requirements still to run now ({@code done}: the segments an earlier run finished, by
     * version); refuses the run when rows fail one, naming each failure.
     */
    void requireBefore(Session session, List<Unit> units, Map<String, Integer> done) {
        deferred.clear();
        report.clear();
        List<String> found = new ArrayList<>();
        String first = null;
        boolean rowsMayChange = false;
        for (Unit unit : units) {
            String file = unit.file().display();
            int ran = StillToRun.done(unit, done);
            List<DataRequirement> still = StillToRun.requirements(unit, ran);
            for (DataRequirement settled : unit.header().requirements()) {
                if (!still.contains(settled)) {
                    report.add(file + ": " + settled.describe() + ": not checked: the steps it guards ran (steps 1"
                            + " to " + ran + " of " + unit.segments().size() + " done by an earlier run)");
                }
            }
            for (Preflight.Result result : results(session, unit, still)) {
                String what = result.requirement().describe();
                if (result.missing()) {
                    deferred.computeIfAbsent(unit, u -> new ArrayList<>()).add(result.requirement());
                    report.add(file + ": " + what + ": checked when the file starts (not there before the run)");
                } else if (result.failure() != null && rowsMayChange) {
                    deferred.computeIfAbsent(unit, u -> new ArrayList<>()).add(result.requirement());
                    report.add(file + ": " + what + ": fails on the rows as they are before the run ("
                            + result.failure().describe() + "); checked again when the file starts, after the files"
                            + " before it in this run, which may change those rows");
                } else if (result.failure() != null) {
                    first = first == null ? file : first;
                    found.add(file + ": " + result.failure().describe());
                    report.add(file + ": " + what + ": FAILED");
                } else {
                    report.add(file + ": " + what + ": ok");
                }
            }
            rowsMayChange |= unit.mayChangeRows();
        }
        if (!found.isEmpty()) {
            throw refusal(first, found, "Nothing was run.");
        }
    }

    /** The refusal of {@code unit} at its start, for the requirements deferred to it, or null. */
    MigrationRefusedException check(Session session, Unit unit) {
        List<String> found = new ArrayList<>();
        for (Preflight.Result result : results(session, unit, deferred.getOrDefault(unit, List.of()))) {
            if (result.failure() != null) {
                found.add(unit.file().display() + ": " + result.failure().describe());
            }
        }
        return found.isEmpty() ? null : refusal(unit.file().display(), found, "Found when the file started, after"
                + " the files before it in this run.");
    }

    /** The guard that runs {@link #check} at the start of each unit with deferred requirements. */
    Executor.Guard guard(Session session) {
        return new Executor.Guard() {
            @Override
            public boolean appliesTo(Unit unit) {
                return deferred.containsKey(unit);
            }

            @Override
            public MigrationRefusedException check(Unit unit) {
                return DataChecks.this.check(session, unit);
            }
        };
    }

    private MigrationRefusedException refusal(String file, List<String> found, String outcome) {
        String head = found.size() == 1 ? "A pre-flight data check failed" : found.size() + " pre-flight data checks"
                + " failed";
        return new MigrationRefusedException(Reason.DATA_CHECK, file, head + ": the rows would make " + command
                + " fail.\n" + String.join("\n", found) + "\n" + outcome, (command.equals("migrate")
                        ? "correct or delete those rows before the migration runs: discard it while no database has"
                                + " applied it (shale discard), write a data migration that fixes them (shale create"
                                + " NAME, then shale hash) and run shale generate again; or fix them by hand, or"
                                + " change the schema records (@Backfill, @Default) and generate again"
                        : "correct or delete those rows (by hand, or in a migration), then roll back again")
                + "; to run without these checks, run " + command + " with --skip-data-checks (skipDataChecks)");
    }

    private static List<Preflight.Result> results(Session session, Unit unit, List<DataRequirement> requirements) {
        try {
            return Preflight.results(session.connection(), requirements);
        } catch (SQLException e) {
            throw session.failure("could not run the pre-flight data checks of " + unit.file().display(), e);
        }
    }
}
