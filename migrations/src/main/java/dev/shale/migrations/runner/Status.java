package dev.shale.migrations.runner;

import dev.shale.api.MigrationSource;
import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.RunnerSettings;
import dev.shale.api.StatusReport;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.history.ProgressRow;
import dev.shale.migrations.runner.history.ProgressTable;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.ScriptChecks;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import dev.shale.migrations.runner.source.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code status}: every migration on disk or in the history, in version order, as APPLIED, PENDING,
 * MODIFIED, MISSING or OUT_OF_ORDER, with its history fields, and the source's problems ({@code
 * shale.sum} mismatches, misnamed files) as sentences. Reads only: never creates the history table,
 * never takes the lock.
 */
public final class Status {

    private final ConnectionSource connections;
    private final MigrationSource source;
    private final RunnerSettings settings;

    public Status(ConnectionSource connections, MigrationSource source, RunnerSettings settings) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs the command. */
    public StatusReport run() {
        LoadedSource loaded = SourceLoader.load(source);
        HistoryTable history = new HistoryTable(settings.historySchema());
        List<HistoryRow> rows;
        List<ProgressRow> progress;
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            rows = session.readHistory(history);
            progress = session.readProgress(new ProgressTable(settings.historySchema()));
        }
        return report(history.qualifiedName(), loaded, rows, progress);
    }

    /** The report for these files and history rows, when no migration is partly applied. */
    static StatusReport report(String historyTable, LoadedSource loaded, List<HistoryRow> rows) {
        return report(historyTable, loaded, rows, List.of());
    }

    /** The report for these files and history rows. */
    static StatusReport report(String historyTable, LoadedSource loaded, List<HistoryRow> rows,
            List<ProgressRow> progress) {
        String newestApplied = rows.stream().map(HistoryRow::version).max(String::compareTo).orElse(null);
        Map<String, MigrationStatus> byVersion = new TreeMap<>();
        List<SourceProblem> unrunnable = new ArrayList<>();
        for (HistoryRow row : rows) {
            Optional<SourceMigration> file = loaded.find(row.version());
            MigrationState state = file.isEmpty() ? MigrationState.MISSING
                    : file.get().up().checksum().equals(row.checksum()) ? MigrationState.APPLIED
                    : MigrationState.MODIFIED;
            byVersion.put(row.version(), new MigrationStatus(row.version(), row.name(), state,
                    file.map(f -> f.up().display()).orElse(null), row.batch(), row.appliedAt(), row.executionMs(),
                    row.appliedBy(), partial(progress, row.version())));
        }
        for (SourceMigration migration : loaded.migrations()) {
            String version = migration.versionText();
            if (byVersion.containsKey(version)) {
                continue;
            }
            MigrationState state = newestApplied != null && version.compareTo(newestApplied) < 0
                    ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
            byVersion.put(version, new MigrationStatus(version, migration.name(), state, migration.up().display(),
                    null, null, null, null, partial(progress, version)));
            ScriptChecks.problem(migration.up()).ifPresent(unrunnable::add);
        }
        List<String> problems = new ArrayList<>();
        for (SourceProblem problem : loaded.problems()) {
            problems.add(problem.toString());
        }
        unrunnable.forEach(problem -> problems.add(problem.toString()));
        return new StatusReport(historyTable, new ArrayList<>(byVersion.values()), problems);
    }

    /** {@code partial: step 2 of 3} (or {@code partial rollback: ...}) for a partly applied version, else null. */
    private static String partial(List<ProgressRow> progress, String version) {
        return progress.stream().filter(p -> p.version().equals(version)).findFirst()
                .map(p -> (p.direction().equals("down") ? "partial rollback: step " : "partial: step ") + p.step()
                        + " of " + p.steps()).orElse(null);
    }
}
