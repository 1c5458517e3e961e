package dev.shale.migrations.runner;

import dev.shale.api.BaselineOptions;
import dev.shale.api.BaselineResult;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.migrations.files.MigrationVersion;
import dev.shale.migrations.runner.history.HistoryRow;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.history.ProgressTable;
import dev.shale.migrations.runner.lock.AdvisoryLock;
import dev.shale.migrations.runner.source.LoadedSource;
import dev.shale.migrations.runner.source.SourceLoader;
import dev.shale.migrations.runner.source.SourceMigration;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.SqlScriptException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code baseline}: records that an existing database already has the schema of its migrations up to a
 * version, without running them, so that {@code migrate} applies only what comes after.
 * <ol>
 * <li>Reads the source and refuses, before connecting, when the files do not match {@code shale.sum}, when
 *     there is no migration, when the version names none, or (no version given) when the first migration
 *     is not a baseline ({@code -- shale:baseline true}).</li>
 * <li>Connects and refuses when the history table has rows: a database with history is not to be baselined.</li>
 * <li>Dry run: returns what would be recorded, having changed nothing.</li>
 * <li>Takes the migration lock ({@link AdvisoryLock}), reads the history again (another runner may have
 *     written it meanwhile), and in one transaction creates the history table when missing and inserts one
 *     row per migration up to the version, in one new batch, with the checksum of its file and an
 *     execution time of 0; releases the lock whatever happened.</li>
 * </ol>
 * The database's schema is not compared with the migrations: the caller vouches for it.
 */
public final class Baseline {

    private final ConnectionSource connections;
    private final MigrationSource source;
    private final BaselineOptions options;

    public Baseline(ConnectionSource connections, MigrationSource source, BaselineOptions options) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Runs the command. */
    public BaselineResult run() {
        LoadedSource loaded = SourceLoader.load(source);
        loaded.requireIntact();
        List<SourceMigration> marked = chosen(loaded);
        List<String> pending = loaded.migrations().subList(marked.size(), loaded.migrations().size()).stream()
                .map(m -> m.versionText() + "_" + m.name()).toList();
        HistoryTable history = new HistoryTable(options.settings().historySchema());
        try (RunClock clock = RunClock.start(options.settings().runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(options.settings());
            requireNoHistory(session.readHistory(history), history);
            int batch = 1;
            List<ExecutedMigration> recorded = marked.stream()
                    .map(m -> new ExecutedMigration(m.versionText(), m.name(), m.up().display(), 0)).toList();
            if (options.dryRun()) {
                return new BaselineResult(true, batch, recorded, pending, history.qualifiedName(), List.of());
            }
            Session.Locked<String> run = session.underLock(new AdvisoryLock(history.qualifiedName()),
                    options.settings().lockWait(), () -> {
                        requireNoHistory(session.readHistory(history), history);
                        return record(session, history, marked, batch);
                    });
            List<String> warnings = new ArrayList<>(run.warnings());
            if (run.value() != null) {
                warnings.add(run.value());
            }
            return new BaselineResult(false, batch, recorded, pending, history.qualifiedName(), warnings);
        }
    }

    /** The migrations to record: up to the version given, or the first one, which must be a baseline. */
    private List<SourceMigration> chosen(LoadedSource loaded) {
        if (loaded.migrations().isEmpty()) {
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, null, "there is no migration in "
                    + loaded.description() + " to record as the baseline. Nothing was run.",
                    "write the baseline first: shale pull --url URL --package PACKAGE --out DIR");
        }
        if (options.target().isEmpty()) {
            SourceMigration first = loaded.migrations().get(0);
            if (!isBaseline(first)) {
                throw new MigrationRefusedException(Reason.INVALID_REQUEST, first.up().display(), "the first migration "
                        + first.up().display() + " is not a baseline (its header lacks shale:baseline true, which"
                        + " shale pull writes). Nothing was run.", "give the version the database already has:"
                        + " migrate --baseline VERSION records it and every earlier migration as applied");
            }
            return List.of(first);
        }
        MigrationVersion target = Checks.version(options.target().get(), "baseline");
        if (loaded.find(target.toString()).isEmpty()) {
            throw new MigrationRefusedException(Reason.INVALID_REQUEST, null, "no migration in "
                    + loaded.description() + " has the baseline version " + target + ". Nothing was run.",
                    "give the version of one of the migrations (the 14 digits that start its file name)");
        }
        List<SourceMigration> out = new ArrayList<>();
        for (SourceMigration migration : loaded.migrations()) {
            if (migration.version().compareTo(target) <= 0) {
                out.add(migration);
            }
        }
        return out;
    }

    private static boolean isBaseline(SourceMigration migration) {
        try {
            return MigrationHeader.parse(migration.up().text()).baseline();
        } catch (SqlScriptException e) {
            throw new MigrationRefusedException(Reason.INVALID_FILE, migration.up().display(), migration.up().display()
                    + " line " + e.line() + ": " + e.getMessage() + ". Nothing was run.",
                    "fix the file if it was applied nowhere yet, then run shale hash");
        }
    }

    private static void requireNoHistory(List<HistoryRow> rows, HistoryTable history) {
        if (!rows.isEmpty()) {
            HistoryRow last = rows.get(rows.size() - 1);
            throw new MigrationRefusedException(Reason.HISTORY_NOT_EMPTY, null, "the history table "
                    + history.qualifiedName() + " already has " + rows.size() + (rows.size() == 1 ? " row" : " rows")
                    + " (the latest " + last.version() + "_" + last.name() + "); only a database without history can"
                    + " be baselined. Nothing was run.", "run shale migrate to apply the pending migrations instead;"
                    + " see shale status");
        }
    }

    /**
     * Records {@code marked} as applied in {@code batch}, in one transaction, creating the history table when missing;
     * then records the objects Shale does not manage as the database holds them ({@link UnmanagedRecord}: what the
     * recorded migrations stand for is accepted as it is). Returns the warning of a failure to record those, or
     * {@code null}.
     */
    static String record(Session session, HistoryTable history, List<SourceMigration> marked, int batch) {
        try {
            session.connection().setAutoCommit(false);
            history.ensure(session.connection());
            ProgressTable progress = new ProgressTable(history.schema());
            boolean tracked = progress.exists(session.connection());
            try (Statement statement = session.connection().createStatement()) {
                for (SourceMigration migration : marked) {
                    statement.addBatch(history.insertSql(migration.versionText(), migration.name(),
                            migration.up().checksum(), batch, 0));
                    if (tracked) {
                        // a migration an interrupted run left partly applied is now recorded whole
                        statement.addBatch(progress.deleteSql(migration.versionText(), "up"));
                    }
                }
                statement.executeBatch();
            }
            session.connection().commit();
        } catch (SQLException e) {
            try {
                session.connection().rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw session.failure("could not record the baseline in the history table " + history.qualifiedName(), e);
        } finally {
            try {
                session.connection().setAutoCommit(true);
            } catch (SQLException e) {
                // Session.close rolls back and restores autocommit, or the connection is gone
            }
        }
        return UnmanagedRecord.record(session, history.schema());
    }
}
