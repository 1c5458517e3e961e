package dev.shale.migrations.runner;

import dev.shale.api.ExecutedMigration;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.api.Plan;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.history.ProgressTable;
import dev.shale.migrations.runner.lock.AdvisoryLock;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.SourceFile;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code migrate}: applies the pending migrations as one batch.
 * <ol>
 * <li>Reads the source and refuses, before connecting, when the files do not match {@code shale.sum}.</li>
 * <li>Connects, sets {@code lock_timeout} and {@code statement_timeout}, reads the history (without
 *     creating it) and refuses when an applied migration's file changed or is missing, when a pending
 *     migration is older than the newest applied one (unless out of order is allowed) or declares data
 *     loss without saying what it loses (unless allowed, see {@link DataLossGate}). Pending means on disk and not in the history, by version.</li>
 * <li>Nothing pending: done, without locking. Dry run: runs the pre-flight data checks ({@link DataChecks}) and
 *     refuses a unit whose rows fail one, refuses a unit that loses data the database holds
 *     ({@link DataLossGate}), else returns the plan, having changed nothing.</li>
 * <li>Takes the migration lock ({@link AdvisoryLock}), reads the history again and repeats the checks
 *     (another runner may have applied everything meanwhile: then there is nothing to do), runs the pre-flight
 *     data checks, refuses a unit that loses data the database holds, runs the batch ({@link Executor}) checking
 *     both again at the start of each unit (the data checks only for objects created earlier in the run), and
 *     records the objects Shale does not manage as they are after it ({@link UnmanagedRecord}, for
 *     {@code check --db}; also after a failure, when the batch committed part of its work), and releases the lock whatever happened.</li>
 * </ol>
 */
public final class Migrate {

    private static final String UP = "up";

    private final ConnectionSource connections;
    private final MigrationSource source;
    private final MigrateOptions options;

    public Migrate(ConnectionSource connections, MigrationSource source, MigrateOptions options) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs the command. */
    public MigrateResult run() {
        LoadedSource loaded = SourceLoader.load(source);
        loaded.requireIntact();
        MigrationVersion target = options.target().map(v -> Checks.version(v, "target")).orElse(null);
        if (target != null && loaded.find(target.toString()).isEmpty()) {
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, null, "no migration in "
                    + loaded.description() + " has the target version " + target + ".",
                    "give the version of one of the migrations (the 14 digits that start its file name)");
        }
        HistoryTable history = new HistoryTable(options.settings().historySchema());
        ProgressTable progress = new ProgressTable(options.settings().historySchema());
        try (RunClock clock = RunClock.start(options.settings().runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(options.settings());
            List<HistoryRow> rows = session.readHistory(history);
            Map<SourceFile, Unit> parsed = new HashMap<>();
            List<Unit> pending = pending(loaded, rows, target, parsed);
            if (pending.isEmpty()) {
                return new MigrateResult(options.dryRun(), 0, List.of(), plan(history, 0, List.of()), List.of());
            }
            DataChecks checks = new DataChecks("migrate");
            if (options.dryRun()) {
                int batch = HistoryTable.nextBatch(rows);
                Map<String, Integer> done = Resumption.done(progress, session.readProgress(progress), UP, pending);
                requireData(session, checks, pending, done);
                DependentWarnings.tell(session, pending, options.listener());
                return new MigrateResult(true, batch, List.of(), plan(history, batch, steps(pending, done)), List.of(),
                        checks.report());
            }
            Session.Locked<Applied> run = session.underLock(new AdvisoryLock(history.qualifiedName()),
                    options.settings().lockWait(), () -> {
                        List<HistoryRow> current = session.readHistory(history);
                        int batch = HistoryTable.nextBatch(current);
                        List<Unit> units = pending(loaded, current, target, parsed);
                        Map<String, Integer> done = Resumption.done(progress, session.readProgress(progress), UP,
                                units);
                        requireData(session, checks, units, done);
                        DependentWarnings.tell(session, units, options.listener());
                        List<Step> steps = steps(units, done);
                        Executor executor = new Executor(session, recorder(history, progress, batch),
                                guard(session, checks, done), tracking(progress));
                        List<ExecutedMigration> executed;
                        try {
                            executed = executor.run(steps);
                        } catch (RuntimeException e) {
                            throw UnmanagedRecord.afterFailure(session, options.settings().historySchema(),
                                    executor.committedWork(), e);
                        }
                        String recordWarning = executed.isEmpty() ? null
                                : UnmanagedRecord.record(session, options.settings().historySchema());
                        return new Applied(batch, steps, executed, recordWarning);
                    });
            Applied applied = run.value();
            int batch = applied.migrations().isEmpty() ? 0 : applied.batch();
            List<String> warnings = new ArrayList<>(run.warnings());
            if (applied.recordWarning() != null) {
                warnings.add(applied.recordWarning());
            }
            return new MigrateResult(false, batch, applied.migrations(), plan(history, batch, applied.steps()),
                    warnings, checks.report());
        }
    }

    /**
     * The pending units, refusing as the class comment says. {@code parsed} keeps the units parsed by an
     * earlier call of this run, by file (text and checksum included), so the pass after taking the lock
     * reuses the one before it.
     */
    private List<Unit> pending(LoadedSource loaded, List<HistoryRow> rows, MigrationVersion target,
            Map<SourceFile, Unit> parsed) {
        Checks.requireAppliedUnchanged(loaded, rows);
        Set<String> applied = rows.stream().map(HistoryRow::version).collect(Collectors.toSet());
        String newestApplied = rows.stream().map(HistoryRow::version).max(String::compareTo).orElse(null);
        List<SourceMigration> pending = loaded.migrations().stream()
                .filter(m -> !applied.contains(m.versionText()))
                .filter(m -> target == null || m.version().compareTo(target) <= 0)
                .toList();
        List<SourceMigration> early = pending.stream()
                .filter(m -> newestApplied != null && m.versionText().compareTo(newestApplied) < 0).toList();
        if (!early.isEmpty() && !options.allowOutOfOrder()) {
            SourceMigration first = early.get(0);
            String names = early.stream().map(m -> m.up().display()).collect(Collectors.joining(", "));
            throw new MigrationRefusedException(Reason.OUT_OF_ORDER, first.up().display(), "pending migration"
                    + (early.size() == 1 ? " " : "s ") + names + (early.size() == 1 ? " is" : " are")
                    + " older than the newest applied migration " + newestApplied
                    + " (merged from another branch?). Nothing was run.",
                    "if it does not depend on the migrations applied after it, run migrate with --allow-out-of-order"
                            + " (allowOutOfOrder); otherwise regenerate it on top of the latest migration");
        }
        List<Unit> units = new ArrayList<>();
        for (SourceMigration migration : pending) {
            Unit unit = parsed.computeIfAbsent(migration.up(), file -> Checks.unit(migration, file, options.settings()));
            if (!options.allowDataLoss()) {
                DataLossGate.MIGRATE.requireDeclared(unit);
            }
            units.add(unit);
        }
        return units;
    }

    /**
     * Before the batch: refuses pending units whose rows fail a pre-flight data check, unless the checks are
     * skipped, then those that lose data the database holds, unless data loss is allowed. The data checks come
     * first: a removed enum value still in use fails the migration whatever data loss allows. A unit an earlier run
     * left partly applied ({@code done}) is checked for its steps still to run.
     */
    private void requireData(Session session, DataChecks checks, List<Unit> units, Map<String, Integer> done) {
        if (!options.skipDataChecks()) {
            checks.requireBefore(session, units, done);
        }
        if (!options.allowDataLoss()) {
            DataLossGate.MIGRATE.requireNoDataBefore(session, units, done);
        }
    }

    /** The checks at each unit's start: deferred data checks, and data loss unless allowed. */
    private Executor.Guard guard(Session session, DataChecks checks, Map<String, Integer> done) {
        Executor.Guard data = options.skipDataChecks() ? Executor.Guard.NONE : checks.guard(session);
        return Executor.Guard.both(data, options.allowDataLoss() ? Executor.Guard.NONE
                : DataLossGate.MIGRATE.guard(session, done));
    }

    private List<Step> steps(List<Unit> pending, Map<String, Integer> done) {
        return Step.group(pending, options.transactionMode(), done);
    }

    private Executor.Tracking tracking(ProgressTable progress) {
        return new Executor.Tracking(progress, UP, options.listener(), options.settings().lockRetries(),
                options.settings().lockRetryBackoff());
    }

    private static Plan plan(HistoryTable history, int batch, List<Step> steps) {
        return new Plan("migrate", batch, history.qualifiedName(), steps.stream().map(Step::toPlanned).toList());
    }

    private static Executor.Recorder recorder(HistoryTable history, ProgressTable progress, int batch) {
        return new Executor.Recorder() {
            @Override
            public void prepare(Connection connection) throws SQLException {
                // the two bookkeeping tables come together, so a database's schema does not depend on whether a file
                // of several steps ran yet
                history.ensure(connection);
                progress.ensure(connection);
            }

            @Override
            public String record(Unit unit, long executionMs) {
                return history.insertSql(unit.version(), unit.migration().name(), unit.file().checksum(), batch,
                        executionMs);
            }

            @Override
            public String recordTimedByServer(Unit unit) {
                return history.insertTimedByServerSql(unit.version(), unit.migration().name(),
                        unit.file().checksum(), batch);
            }

            @Override
            public Map<String, Long> serverTimes(Connection connection, List<Unit> units) throws SQLException {
                return history.executionTimes(connection, units.stream().map(Unit::version).toList());
            }
        };
    }

    /**
     * What a run applied under the lock: its batch number, its steps, the migrations executed, and the failure to
     * record the unmanaged objects after them ({@code null} when they were recorded, or nothing ran).
     */
    private record Applied(int batch, List<Step> steps, List<ExecutedMigration> migrations, String recordWarning) {
    }
}
