package dev.shale.cli.review;

import java.util.List;
import java.util.Objects;

/**
 * One migration as the review shows it.
 *
 * @param file      the up file, relative to the project ({@code migrations/20261121093000_create_users.sql})
 * @param downFile  the down file, relative to the project, or {@code null} when there is none
 * @param generated whether {@code shale generate} wrote it (its hazards come from its header; a hand-written
 *                  migration's from {@code shale lint})
 * @param changes   the changes in words, as the header lists them
 * @param hazards   the up migration's hazards
 * @param upSql     the up file's SQL, the header comment left out
 * @param downSql   the down file's SQL, the header comment left out, or {@code null}
 * @param tables    the before/after of each table it changes (none for a migration without a snapshot)
 * @param notes     sentences for the reader (what could not be shown and why)
 */
public record ReviewMigration(String file, String downFile, boolean generated, List<String> changes,
        List<ReviewHazard> hazards, String upSql, String downSql, List<TableComparison> tables, List<String> notes) {

    public ReviewMigration {
        Objects.requireNonNull(file, "file");
        changes = List.copyOf(changes);
        hazards = List.copyOf(hazards);
        Objects.requireNonNull(upSql, "upSql");
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
