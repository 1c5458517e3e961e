package dev.shale.cli.check;

import dev.shale.api.MigrationStatus;
import dev.shale.api.UnmanagedChange;
import dev.shale.diff.drift.DriftItem;
import java.util.List;
import java.util.Objects;

/**
 * What {@code shale check --db} found in the live database.
 *
 * @param database        the database URL, password starred
 * @param lastApplied     {@code <version>_<name>} of the newest applied migration, {@code null} when none is
 * @param expectedFrom    the snapshot file the database was compared with, {@code null} for the empty schema
 *                        or when it was not compared
 * @param compared        whether the comparison ran (it does not when the expected snapshot is missing)
 * @param pending         how many migrations are not applied yet (pending or out of order); not drift
 * @param history         the migrations {@code migrate} refuses (modified, missing, out of order), as {@code shale
 *                        status} shows them
 * @param notValid        the indexes and constraints the database holds as not valid
 * @param drift           how the database differs, object by object
 * @param fixSql          the statements that would bring the database back, in order
 * @param unmanaged       objects Shale does not manage (views, functions, triggers...): information only
 * @param unmanagedChanges the unmanaged objects created, dropped or changed since the last migrate or rollback
 *                        recorded them; {@code null} when the database holds no record
 * @param notes           sentences for the reader (nothing applied yet, what was compared)
 */
public record DatabaseReport(String database, String lastApplied, String expectedFrom, boolean compared, int pending,
        List<MigrationStatus> history, List<NotValid> notValid, List<DriftItem> drift, List<String> fixSql,
        List<String> unmanaged, List<UnmanagedChange> unmanagedChanges, List<String> notes) {

    public DatabaseReport {
        Objects.requireNonNull(database, "database");
        history = List.copyOf(history);
        notValid = List.copyOf(notValid);
        drift = List.copyOf(drift);
        fixSql = List.copyOf(fixSql);
        unmanaged = List.copyOf(unmanaged);
        unmanagedChanges = unmanagedChanges == null ? null : List.copyOf(unmanagedChanges);
        notes = List.copyOf(notes);
    }
}
