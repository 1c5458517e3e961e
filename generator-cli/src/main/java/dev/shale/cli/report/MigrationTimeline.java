package dev.shale.cli.report;

import dev.shale.cli.report.html.HeaderChanges;
import dev.shale.cli.report.html.TimelineEntry;
import dev.shale.migrations.files.MigrationDirectory;
import dev.shale.migrations.files.MigrationFile;
import dev.shale.migrations.runner.sql.MigrationHeader;
import dev.shale.migrations.runner.sql.SqlScriptException;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's migration timeline for the schema report: each up migration's version, name, UTC time (from
 * its version), hazards and the summary of changes of its header. Files that are not migrations are left out.
 */
public final class MigrationTimeline {

    /** How a version's time is shown. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The entries, oldest first, and a note to show instead when there are none. */
    public record Entries(List<TimelineEntry> entries, String note) {
    }

    private MigrationTimeline() {
    }

    /** The timeline of {@code directory}. */
    public static Entries read(MigrationDirectory directory) {
        if (!Files.isDirectory(directory.migrationsFolder())) {
            return new Entries(List.of(), "No migrations folder (" + directory.display(directory.migrationsFolder())
                    + "/): the project has no migration timeline.");
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (MigrationFile file : directory.listMigrations().migrations()) {
            String text = directory.readText(file.up());
            String hazards;
            try {
                String codes = MigrationHeader.parse(text).hazardCodes();
                hazards = codes.equals("none") ? null : codes;
            } catch (SqlScriptException e) {
                hazards = "header unreadable: " + e.getMessage();
            }
            entries.add(new TimelineEntry(file.version().toString(), file.name().value(),
                    TIME.format(file.version().toInstant()), hazards, HeaderChanges.of(text)));
        }
        return new Entries(entries, entries.isEmpty() ? "No migrations yet." : null);
    }
}
