package dev.shale.migrations.runner;

import dev.shale.api.BaselineResult;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.MarkAppliedOptions;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.diff.drift.Drift;
import dev.shale.diff.drift.DriftItem;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.introspect.InvalidObject;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.lock.AdvisoryLock;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code markApplied}: records one pending migration as applied without running it, once the database shows
 * that it ran (an interrupted run that did its work but was not recorded, or a change made by hand).
 * <ol>
 * <li>Reads the source and refuses, before connecting, when the files do not match {@code shale.sum} or the
 *     version names no migration.</li>
 * <li>Connects and refuses when an applied migration's file changed or is missing, when the migration is
 *     applied already, when it is not the oldest pending one (the database's schema then says nothing about
 *     it alone), when its snapshot equals the one before (a data migration: nothing to check) unless forced,
 *     when the database's schema differs from its snapshot, listing every difference, and when it holds an
 *     INVALID index or a NOT VALID constraint (what an interrupted CREATE INDEX CONCURRENTLY leaves).</li>
 * <li>Dry run: these checks, then what would be recorded, having changed nothing and taken no lock.</li>
 * <li>Otherwise the checks run under the migration lock ({@link AdvisoryLock}), and the migration is recorded
 *     in a new batch with the checksum of its file and an execution time of 0, like a baseline.</li>
 * </ol>
 * Every refusal is a {@link MigrationRefusedException}: nothing ran and nothing changed.
 */
public final class MarkApplied {

    private final ConnectionSource connections;
    private final MigrationSource source;
    private final MarkAppliedOptions options;

    public MarkApplied(ConnectionSource connections, MigrationSource source, MarkAppliedOptions options) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs the command. */
    public BaselineResult run() {
        LoadedSource loaded = SourceLoader.load(source);
        loaded.requireIntact();
        MigrationVersion version = Checks.version(options.version(), "mark-applied");
        SourceMigration migration = loaded.find(version.toString()).orElseThrow(() -> new MigrationRefusedException(
                Reason.INVALID_REQUEST, null, "no migration in " + loaded.description() + " has the version " + version
                        + " to mark as applied. Nothing was changed.",
                "give the version of one of the migrations (the 14 digits that start its file name); see shale status"));
        HistoryTable history = new HistoryTable(options.settings().historySchema());
        try (RunClock clock = RunClock.start(options.settings().runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(options.settings());
            if (options.dryRun()) {
                List<HistoryRow> rows = check(session, history, loaded, migration);
                return result(true, rows, migration, loaded, history, List.of());
            }
            Session.Locked<Marked> run = session.underLock(new AdvisoryLock(history.qualifiedName()),
                    options.settings().lockWait(), () -> {
                        List<HistoryRow> rows = check(session, history, loaded, migration);
                        return new Marked(rows, Baseline.record(session, history, List.of(migration),
                                HistoryTable.nextBatch(rows)));
                    });
            List<String> warnings = new ArrayList<>(run.warnings());
            if (run.value().recordWarning() != null) {
                warnings.add(run.value().recordWarning());
            }
            return result(false, run.value().rows(), migration, loaded, history, warnings);
        }
    }

    /** The refusals of the class comment, in that order; returns the history read. */
    private List<HistoryRow> check(Session session, HistoryTable history, LoadedSource loaded,
            SourceMigration migration) {
        List<HistoryRow> rows = session.readHistory(history);
        Checks.requireAppliedUnchanged(loaded, rows);
        String file = migration.up().display();
        Set<String> applied = rows.stream().map(HistoryRow::version).collect(Collectors.toSet());
        if (applied.contains(migration.versionText())) {
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, file, file + " is applied already. Nothing"
                    + " was changed.", "nothing to do; see shale status");
        }
        List<SourceMigration> before = loaded.migrations().stream()
                .filter(m -> m.version().compareTo(migration.version()) < 0 && !applied.contains(m.versionText()))
                .toList();
        if (!before.isEmpty()) {
            String names = before.stream().map(m -> m.up().display()).collect(Collectors.joining(", "));
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, file, file + " is not the oldest pending"
                    + " migration: " + names + (before.size() == 1 ? " is" : " are") + " pending before it, so the"
                    + " database's schema cannot show that it alone ran. Nothing was changed.", "apply the earlier"
                    + (before.size() == 1 ? " one" : " ones") + " first (shale migrate --to "
                    + before.get(before.size() - 1).versionText() + "), or mark them applied one by one, oldest first");
        }
        if (options.expected().equals(options.before()) && !options.force()) {
            throw new MigrationRefusedException(Reason.NO_EVIDENCE, file, file + " changes no schema (its snapshot "
                    + options.snapshot() + " equals the one before it), so the database cannot show whether it ran:"
                    + " a data migration's effect is in rows, not in the schema. Nothing was changed.",
                    "check its effect yourself; if it did run, mark it with --force (force)");
        }
        Set<String> schemas = new TreeSet<>(options.expected().schemasInUse());
        schemas.addAll(options.before().schemasInUse());
        IntrospectionResult read = Inspect.read(session, List.copyOf(schemas), history.schema());
        Drift drift = Drift.between(read.model(), options.expected(), options.expectedSpelling());
        if (!drift.isEmpty()) {
            String items = drift.items().stream().map(DriftItem::message).map(m -> "\n  - " + m)
                    .collect(Collectors.joining());
            throw new MigrationRefusedException(Reason.SCHEMA_DIFFERS, file, "the database does not show that " + file
                    + " ran, so nothing was changed: it differs from its snapshot " + options.snapshot() + " in "
                    + drift.items().size() + (drift.items().size() == 1 ? " object:" : " objects:") + items,
                    "if the migration did not run or ran half-way, finish or undo its work by hand (shale diff --from"
                            + " DATABASE_URL --to " + migration.versionText() + " prints the SQL from the database to"
                            + " its snapshot), then mark it again or run shale migrate");
        }
        List<InvalidObject> invalid = read.invalid().stream().filter(o -> !o.declaredIn(options.expected())).toList();
        if (!invalid.isEmpty()) {
            String items = invalid.stream().map(o -> "\n  - " + o + (o.kind() == InvalidObject.Kind.INDEX
                    ? " is INVALID" : " is NOT VALID")).collect(Collectors.joining());
            throw new MigrationRefusedException(Reason.SCHEMA_DIFFERS, file, "the database does not show that " + file
                    + " ran to the end, so nothing was changed: its schema matches the snapshot " + options.snapshot()
                    + ", but" + items + "\n(a CREATE INDEX CONCURRENTLY that failed or was interrupted leaves its index"
                    + " INVALID; a constraint added NOT VALID was never checked against the rows)",
                    "drop an INVALID index (DROP INDEX CONCURRENTLY), fix the rows that made it fail and run shale"
                            + " migrate; validate a NOT VALID constraint (ALTER TABLE ... VALIDATE CONSTRAINT) and mark"
                            + " the migration again; shale check --db names each with its SQL");
        }
        return rows;
    }

    /** What was (or would be) recorded, in the batch after {@code rows}, and the migrations still pending after it. */
    private static BaselineResult result(boolean dryRun, List<HistoryRow> rows, SourceMigration migration,
            LoadedSource loaded, HistoryTable history, List<String> warnings) {
        Set<String> applied = rows.stream().map(HistoryRow::version).collect(Collectors.toSet());
        List<String> pending = loaded.migrations().stream()
                .filter(m -> m.version().compareTo(migration.version()) > 0 && !applied.contains(m.versionText()))
                .map(m -> m.versionText() + "_" + m.name()).toList();
        return new BaselineResult(dryRun, HistoryTable.nextBatch(rows), List.of(new ExecutedMigration(migration.versionText(),
                migration.name(), migration.up().display(), 0)), pending, history.qualifiedName(), warnings);
    }

    /** The history read before marking, and the failure to record the unmanaged objects after it (or null). */
    private record Marked(List<HistoryRow> rows, String recordWarning) {
    }
}
