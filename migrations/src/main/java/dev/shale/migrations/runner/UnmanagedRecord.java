package dev.shale.migrations.runner;

import dev.shale.api.RunnerSettings;
import dev.shale.api.UnmanagedChange;
import dev.shale.api.UnmanagedReport;
import dev.shale.migrations.introspect.Fingerprints;
import dev.shale.migrations.introspect.UnmanagedFingerprint;
import dev.shale.migrations.runner.history.UnmanagedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of the objects Shale does not manage ({@link UnmanagedTable}): written at the end of each
 * {@code migrate} and {@code rollback} that ran something, also when it failed after committing part of its work
 * (and of a baseline or mark-applied), under the migration lock, with a fingerprint of every
 * such object in every user schema; read by {@code check --db}, which lists the objects created, dropped or changed
 * since ({@link #report}).
 */
public final class UnmanagedRecord {

    private final ConnectionSource connections;
    private final RunnerSettings settings;

    public UnmanagedRecord(ConnectionSource connections, RunnerSettings settings) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Compares the live unmanaged objects with the record. Reads only. */
    public UnmanagedReport report() {
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            Connection connection = session.connection();
            try {
                Optional<UnmanagedTable.Recorded> recorded = new UnmanagedTable(settings.historySchema())
                        .read(connection);
                if (recorded.isEmpty()) {
                    return new UnmanagedReport(false, null, List.of());
                }
                List<UnmanagedFingerprint> live = Fingerprints.read(connection, Inspect.userSchemas(session));
                return new UnmanagedReport(true, recorded.get().at(), compare(recorded.get().objects(), live));
            } catch (SQLException e) {
                throw session.failure("could not read the record of the objects Shale does not manage", e);
            }
        }
    }

    /**
     * After a run that failed: when it had committed part of its work ({@code committedWork}), records the unmanaged
     * objects as that part left them, so that {@code check --db} does not report what the committed migrations
     * changed as changed outside them. A failure to record is added to {@code failure} as suppressed; returns
     * {@code failure}, to be thrown.
     */
    static RuntimeException afterFailure(Session session, String historySchema, boolean committedWork,
            RuntimeException failure) {
        if (!committedWork) {
            return failure;
        }
        try {
            String warning = record(session, historySchema);
            if (warning != null) {
                failure.addSuppressed(new IllegalStateException(warning));
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /**
     * Records the unmanaged objects as they are now, in a transaction of its own on {@code session} (which holds the
     * migration lock); the table is created when missing. The migrations ran already: a failure is returned as a
     * warning sentence rather than thrown, {@code null} when it worked.
     */
    static String record(Session session, String historySchema) {
        Connection connection = session.connection();
        try {
            connection.setAutoCommit(false);
            try {
                UnmanagedTable table = new UnmanagedTable(historySchema);
                table.ensure(connection);
                table.replace(connection, Fingerprints.read(connection, Inspect.userSchemas(session)));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        } catch (SQLException e) {
            return session.failure("the run succeeded, but the objects Shale does not manage could not be recorded"
                    + " (check --db compares them with the previous record)", e).getMessage();
        }
    }

    /** What changed from {@code recorded} to {@code live}: created, changed, then dropped, each by object. */
    static List<UnmanagedChange> compare(List<UnmanagedFingerprint> recorded, List<UnmanagedFingerprint> live) {
        Map<String, UnmanagedFingerprint> before = new LinkedHashMap<>();
        recorded.forEach(f -> before.put(f.key(), f));
        Map<String, UnmanagedFingerprint> now = new LinkedHashMap<>();
        live.forEach(f -> now.put(f.key(), f));
        List<UnmanagedChange> out = new ArrayList<>();
        now.forEach((key, fingerprint) -> {
            UnmanagedFingerprint old = before.get(key);
            if (old == null) {
                out.add(change(UnmanagedChange.Kind.CREATED, fingerprint));
            } else if (!old.definitionMd5().equals(fingerprint.definitionMd5())) {
                out.add(change(UnmanagedChange.Kind.CHANGED, fingerprint));
            }
        });
        before.forEach((key, fingerprint) -> {
            if (!now.containsKey(key)) {
                out.add(change(UnmanagedChange.Kind.DROPPED, fingerprint));
            }
        });
        return out;
    }

    private static UnmanagedChange change(UnmanagedChange.Kind kind, UnmanagedFingerprint fingerprint) {
        return new UnmanagedChange(kind, fingerprint.key(), fingerprint.object().name().schema());
    }
}
