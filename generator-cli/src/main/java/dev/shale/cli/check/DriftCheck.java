package dev.shale.cli.check;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.MigrationSource;
import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.api.StatusReport;
import dev.shale.api.UnmanagedChange;
import dev.shale.api.UnmanagedReport;
import dev.shale.diff.drift.Drift;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.SnapshotListing;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.introspect.UnmanagedObject;
import dev.shale.model.Extension;
import dev.shale.model.PostgresSpellings;
import dev.shale.model.SchemaModel;
import dev.shale.snapshot.NamedSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code shale check --db}: compares the live database with the snapshot of its last applied migration
 * (the empty schema when nothing is applied), and lists what would make {@code migrate} refuse to run (the history's
 * modified, missing and out-of-order migrations, as {@code status} classifies them) and the indexes and constraints
 * the database holds as not valid. Pending migrations are not drift; objects Shale does not manage are listed,
 * never drift, and those created, dropped or changed since the last migrate or rollback recorded them are reported
 * (an object that is no longer unmanaged, because Shale learnt its kind, is left out). Reads only.
 */
public final class DriftCheck {

    private DriftCheck() {
    }

    /**
     * What the database holds: its history, every user schema (narrowed to the snapshot's by {@link #compare}) and
     * the unmanaged objects changed since the last migrate or rollback recorded them.
     */
    public record LiveState(StatusReport status, IntrospectionResult introspection, UnmanagedReport unmanaged) {
    }

    /** Reads the history and every user schema; needs no snapshot, so it can run while the files are checked. */
    public static LiveState read(DatabaseUrl url, MigrationSource source, RunnerSettings settings) {
        return new LiveState(Shale.status(url, source, settings), Shale.introspect(url, List.of(), settings),
                Shale.unmanagedChanges(url, settings));
    }

    /**
     * The report of a database {@linkplain #read read} before, against the snapshots {@code files} listed; nothing
     * is compared when they cannot be read (a file finding says why). A missing or unreadable snapshot of the
     * last applied migration is added to {@code findings}.
     */
    public static DatabaseReport compare(LiveState live, DatabaseUrl url, FileChecks files, List<Finding> findings) {
        MigrationDirectory directory = files.directory();
        Optional<SnapshotListing> snapshots = files.snapshots();
        StatusReport status = live.status();
        int pending = status.inState(MigrationState.PENDING).size() + status.inState(MigrationState.OUT_OF_ORDER).size();
        Optional<MigrationStatus> last = status.migrations().stream().filter(m -> m.batch() != null)
                .max(Comparator.comparing(MigrationStatus::version));
        String lastApplied = last.map(m -> m.version() + "_" + m.name()).orElse(null);
        List<MigrationStatus> history = HistoryFindings.refused(status);
        List<String> notes = new ArrayList<>();
        if (!live.unmanaged().recorded()) {
            notes.add("The objects Shale does not manage (views, triggers, functions, ...) were not compared with a"
                    + " record: the database has none yet. The next migrate or rollback that runs a migration records"
                    + " them, and check --db then lists those created, dropped or changed since.");
        }
        String database = url.redacted();
        if (snapshots.isEmpty()) {
            notes.add("The database was not compared: the snapshots cannot be read.");
            return notCompared(database, lastApplied, pending, history, notes, live);
        }
        SchemaModel expected;
        PostgresSpellings spellings = PostgresSpellings.NONE;
        String expectedFrom = null;
        if (last.isEmpty()) {
            expected = SchemaModel.EMPTY;
            notes.add("No migration is applied (history table " + status.historyTable() + " is missing or empty), so"
                    + " the database was compared with an empty schema. For an existing database, record its"
                    + " migrations as applied with shale migrate --baseline.");
        } else {
            Optional<NamedSnapshot> snapshot = snapshots.get().forVersion(last.get().version());
            String wanted = directory.display(directory.snapshotsFolder().resolve(lastApplied + ".json"));
            if (snapshot.isEmpty()) {
                findings.add(new Finding(CheckOutcome.CHAIN_BROKEN, "the database's last applied migration "
                        + lastApplied + " has no snapshot " + wanted + ", so its drift cannot be checked.",
                        List.of(wanted), last.get().state() == MigrationState.MISSING
                                ? "check out the branch the database was migrated from, or restore the migration and"
                                        + " its snapshot from version control"
                                : "restore " + wanted + " from version control"));
                notes.add("The database was not compared: no snapshot for its last applied migration " + lastApplied
                        + ".");
                return notCompared(database, lastApplied, pending, history, notes, live);
            }
            if (files.read(snapshot.get(), findings).isEmpty()) {
                notes.add("The database was not compared: its last applied migration's snapshot "
                        + snapshot.get().fileName() + " cannot be read.");
                return notCompared(database, lastApplied, pending, history, notes, live);
            }
            expected = snapshot.get().snapshot().schema();
            spellings = snapshot.get().snapshot().postgresSpelling();
            expectedFrom = snapshot.get().fileName();
        }
        IntrospectionResult actual = within(live.introspection(), expected.schemasInUse(),
                expected.extensions().stream().map(Extension::name).collect(Collectors.toSet()));
        Drift drift = Drift.between(actual.model(), expected, spellings);
        List<String> sql = drift.fixSql();
        List<String> unmanaged = actual.unmanaged().stream().map(UnmanagedObject::toString).toList();
        String snapshotFile = expectedFrom;
        List<NotValid> notValid = actual.invalid().stream().filter(o -> !o.declaredIn(expected))
                .map(o -> NotValid.of(o, expected, snapshotFile)).toList();
        List<UnmanagedChange> changed = live.unmanaged().recorded() ? live.unmanaged().changes().stream()
                .filter(c -> expected.schemasInUse().contains(c.schema()))
                .filter(c -> c.kind() == UnmanagedChange.Kind.DROPPED || unmanaged.contains(c.object()))
                .toList() : null;
        return new DatabaseReport(database, lastApplied, expectedFrom, true, pending, history, notValid, drift.items(),
                sql, unmanaged, changed, notes);
    }

    /** The report of a database that was read but not compared (the notes say why). */
    private static DatabaseReport notCompared(String database, String lastApplied, int pending,
            List<MigrationStatus> history, List<String> notes, LiveState live) {
        return new DatabaseReport(database, lastApplied, null, false, pending, history, List.of(), List.of(),
                List.of(), List.of(), live.unmanaged().recorded() ? live.unmanaged().changes() : null, notes);
    }

    /**
     * The part of {@code everything} in {@code schemas}, and the extensions named {@code declared} wherever they are
     * (one moved to another schema is drift, with the statement that moves it back).
     */
    static IntrospectionResult within(IntrospectionResult everything, List<String> schemas,
            Set<String> declared) {
        SchemaModel model = everything.model();
        return new IntrospectionResult(new SchemaModel(
                model.schemas().stream().filter(schemas::contains).toList(),
                model.enums().stream().filter(e -> schemas.contains(e.name().schema())).toList(),
                model.tables().stream().filter(t -> schemas.contains(t.name().schema())).toList(),
                model.extensions().stream().filter(e -> schemas.contains(e.schema()) || declared.contains(e.name()))
                        .toList(),
                model.sequences().stream().filter(s -> schemas.contains(s.name().schema())).toList()),
                everything.unmanaged().stream().filter(o -> schemas.contains(o.name().schema())).toList(),
                everything.invalid().stream().filter(o -> schemas.contains(o.table().schema())).toList());
    }
}
