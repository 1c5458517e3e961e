package dev.shale.migrations.runner;

import dev.shale.api.ExecutedMigration;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.api.Plan;
import dev.shale.api.RollbackOptions;
import dev.shale.api.RollbackResult;
import dev.shale.api.TransactionMode;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.history.ProgressTable;
import dev.shale.migrations.runner.lock.AdvisoryLock;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code rollback}: runs the down files of the last batch (or of the last N migrations, or of every
 * migration after version V) newest first, in one transaction, and deletes their history rows in it.
 * A down file marked {@code shale:transactional false} runs alone in autocommit, like in migrate.
 * Refuses, before anything runs, when a migration to roll back has no down file, an empty one (it
 * cannot be undone) or one losing data, unless forced: a down file declaring data loss without saying what it
 * loses, or losing data the database holds ({@link DataLossGate}), or adding back a column without its values to a
 * table with rows ({@link UnrestorableGate}); and, like migrate, when an applied migration's file changed or is
 * missing, and when the rows fail a pre-flight data check of a down file ({@link DataChecks}) unless those are
 * skipped. Takes the migration lock (not for a dry run); after a rollback that ran something, records the objects
 * Shale does not manage as they are then ({@link UnmanagedRecord}).
 */
public final class Rollback {

    private static final String DOWN = "down";

    private final ConnectionSource connections;
    private final MigrationSource source;
    private final RollbackOptions options;

    public Rollback(ConnectionSource connections, MigrationSource source, RollbackOptions options) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs the command. */
    public RollbackResult run() {
        LoadedSource loaded = SourceLoader.load(source);
        loaded.requireIntact();
        MigrationVersion target = options.target().map(v -> Checks.version(v, "target")).orElse(null);
        HistoryTable history = new HistoryTable(options.settings().historySchema());
        ProgressTable progress = new ProgressTable(options.settings().historySchema());
        try (RunClock clock = RunClock.start(options.settings().runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(options.settings());
            DataChecks checks = new DataChecks("rollback");
            if (options.dryRun()) {
                List<HistoryRow> rows = session.readHistory(history);
                List<Unit> units = select(loaded, rows, target);
                Map<String, Integer> done = Resumption.done(progress, session.readProgress(progress), DOWN, units);
                requireData(session, checks, units, done);
                DependentWarnings.tell(session, units, options.listener());
                return new RollbackResult(true, List.of(), plan(history, rows, units, done), List.of(),
                        checks.report());
            }
            Session.Locked<RollbackResult> run = session.underLock(new AdvisoryLock(history.qualifiedName()),
                    options.settings().lockWait(), () -> {
                        List<HistoryRow> rows = session.readHistory(history);
                        List<Unit> units = select(loaded, rows, target);
                        Map<String, Integer> done = Resumption.done(progress, session.readProgress(progress), DOWN,
                                units);
                        requireData(session, checks, units, done);
                        DependentWarnings.tell(session, units, options.listener());
                        Plan plan = plan(history, rows, units, done);
                        Executor.Guard guard = Executor.Guard.both(
                                options.skipDataChecks() ? Executor.Guard.NONE : checks.guard(session),
                                options.force() ? Executor.Guard.NONE
                                        : Executor.Guard.both(DataLossGate.ROLLBACK.guard(session, done),
                                                UnrestorableGate.guard(session, done)));
                        Executor.Tracking tracking = new Executor.Tracking(progress, DOWN, options.listener(),
                                options.settings().lockRetries(), options.settings().lockRetryBackoff());
                        Executor executor = new Executor(session, recorder(history), guard, tracking);
                        List<ExecutedMigration> rolledBack;
                        try {
                            rolledBack = executor.run(steps(units, done));
                        } catch (RuntimeException e) {
                            throw UnmanagedRecord.afterFailure(session, options.settings().historySchema(),
                                    executor.committedWork(), e);
                        }
                        String recordWarning = rolledBack.isEmpty() ? null
                                : UnmanagedRecord.record(session, options.settings().historySchema());
                        return new RollbackResult(false, rolledBack, plan,
                                recordWarning == null ? List.of() : List.of(recordWarning));
                    });
            RollbackResult result = run.value();
            List<String> warnings = new ArrayList<>(run.warnings());
            warnings.addAll(result.warnings());
            return new RollbackResult(false, result.rolledBack(), result.plan(), warnings, checks.report());
        }
    }

    private List<Unit> select(LoadedSource loaded, List<HistoryRow> rows, MigrationVersion target) {
        Checks.requireAppliedUnchanged(loaded, rows);
        if (target != null && loaded.find(target.toString()).isEmpty()
                && rows.stream().noneMatch(r -> r.version().equals(target.toString()))) {
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, null, "no migration has the target version "
                    + target + ".", "give the version of the migration to keep as the latest applied one");
        }
        List<HistoryRow> newestFirst = rows.stream()
                .sorted(Comparator.comparingInt(HistoryRow::batch).thenComparing(HistoryRow::version).reversed())
                .toList();
        List<HistoryRow> chosen;
        if (target != null) {
            chosen = newestFirst.stream().filter(r -> r.version().compareTo(target.toString()) > 0).toList();
        } else if (options.steps() > 0) {
            chosen = newestFirst.stream().limit(options.steps()).toList();
        } else {
            int last = HistoryTable.nextBatch(rows) - 1;
            chosen = newestFirst.stream().filter(r -> r.batch() == last).toList();
        }
        List<Unit> units = new ArrayList<>();
        for (HistoryRow row : chosen) {
            SourceMigration migration = loaded.find(row.version()).orElseThrow();
            if (migration.down() == null) {
                String expected = migration.up().display().replaceAll("\\.sql$", ".down.sql");
                throw new MigrationRefusedException(Reason.NO_DOWN_FILE, expected, "migration "
                        + migration.up().display() + " has no down file " + expected + ". Nothing was run.",
                        "write the down migration (then run shale hash), or roll back fewer migrations");
            }
            Unit unit = Checks.unit(migration, migration.down(), options.settings());
            if (unit.statements().isEmpty() && !options.force()) {
                throw new MigrationRefusedException(Reason.IRREVERSIBLE, migration.down().display(),
                        migration.down().display() + " has no statements: the migration cannot be undone."
                                + " Nothing was run.", "write its down SQL (then run shale hash); or, if nothing needs"
                                + " undoing, roll back with --force to only delete its history row");
            }
            if (!options.force()) {
                DataLossGate.ROLLBACK.requireDeclared(unit);
            }
            units.add(unit);
        }
        return units;
    }

    /**
     * Refuses down files whose rows fail a pre-flight data check, unless skipped, then those that lose data the
     * database holds or add back columns without their values to tables with rows, unless forced.
     */
    private void requireData(Session session, DataChecks checks, List<Unit> units, Map<String, Integer> done) {
        if (!options.skipDataChecks()) {
            checks.requireBefore(session, units, done);
        }
        if (!options.force()) {
            DataLossGate.ROLLBACK.requireNoDataBefore(session, units, done);
            UnrestorableGate.requireEmptyBefore(session, units, done);
        }
    }

    private static List<Step> steps(List<Unit> units, Map<String, Integer> done) {
        return Step.group(units, TransactionMode.BATCH, done);
    }

    private static Plan plan(HistoryTable history, List<HistoryRow> rows, List<Unit> units, Map<String, Integer> done) {
        return new Plan("rollback", units.isEmpty() ? 0 : HistoryTable.nextBatch(rows) - 1, history.qualifiedName(),
                steps(units, done).stream().map(Step::toPlanned).toList());
    }

    private static Executor.Recorder recorder(HistoryTable history) {
        return new Executor.Recorder() {
            @Override
            public void prepare(Connection connection) {
                // the table exists: the rows to delete are in it
            }

            @Override
            public String record(Unit unit, long executionMs) {
                return history.deleteSql(List.of(unit.version()));
            }

            @Override
            public String recordTimedByServer(Unit unit) {
                // a deleted row keeps no time: the client times each down file, one statement at a time
                return null;
            }

            @Override
            public Map<String, Long> serverTimes(Connection connection, List<Unit> units) {
                return Map.of();
            }
        };
    }
}
