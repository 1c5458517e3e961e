package dev.shale.cli.review;

import dev.shale.cli.check.CheckOutcome;
import dev.shale.cli.check.ReportView;
import dev.shale.cli.render.Templates;
import dev.shale.diff.postgres.HazardSeverity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the review templates show, every text already Markdown: the verdict, the scope, {@code check}'s part (the
 * {@code check.md} template's own view), and each migration. Built with a size budget: the SQL blocks cut to
 * {@code sqlLimit} characters each, the tables and the change lists left out when {@code shapes} or
 * {@code changeLists} is false; the hazards are always whole.
 */
public final class ReviewView {

    /** One hazard as a table row. */
    public record HazardView(String severity, String code, String object, String message, String alternative) {
    }

    /** One migration as the template shows it. */
    public record MigrationView(String title, List<String> changes, boolean hasChanges, List<HazardView> hazards,
            boolean hasHazards, String hazardSummary, List<TableComparison> tables, boolean hasTables, SqlBlock up,
            SqlBlock down, String downFile, List<String> notes) {
    }

    private final ReviewReport report;
    private final int sqlLimit;
    private final boolean shapes;
    private final boolean changeLists;
    private final List<String> budgetNotes;

    ReviewView(ReviewReport report, int sqlLimit, boolean shapes, boolean changeLists, List<String> budgetNotes) {
        this.report = report;
        this.sqlLimit = sqlLimit;
        this.shapes = shapes;
        this.changeLists = changeLists;
        this.budgetNotes = List.copyOf(budgetNotes);
    }

    /** The headline: {@code ❌ shale check failed ...}, {@code ⚠️ ...} when a hazard is an error or a warning. */
    public String verdict() {
        long errors = count(HazardSeverity.ERROR);
        long warnings = count(HazardSeverity.WARNING);
        long hazards = report.migrations().stream().mapToLong(m -> m.hazards().size()).sum();
        int migrations = report.migrations().size();
        String counted = migrations == 0 ? "no migration to review"
                : words(migrations, "migration") + ", " + (hazards == 0 ? "no hazard"
                : words(hazards, "hazard") + " (" + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                        + " warning" + (warnings == 1 ? "" : "s") + ")");
        if (report.check() != null && report.check().outcome() != CheckOutcome.CLEAN) {
            return "❌ shale check failed (exit " + report.check().exitCode() + ": " + report.check().outcome().summary()
                    + "); " + counted;
        }
        if (errors > 0) {
            return "⚠️ Needs a careful review: " + counted;
        }
        if (warnings > 0) {
            return "⚠️ Review the warnings: " + counted;
        }
        String passed = report.check() != null ? "shale check passed; " : "";
        return "✅ " + passed + counted;
    }

    public String scope() {
        return report.scope();
    }

    public String command() {
        return report.command();
    }

    /** {@code check}'s part as {@code shale check --format markdown} prints it, or {@code null} for {@code generate}. */
    public String checkSection() {
        return report.check() == null ? null : Templates.render("check.md", new ReportView(report.check())).strip();
    }

    public List<MigrationView> migrations() {
        return report.migrations().stream().map(this::migration).toList();
    }

    public List<String> notes() {
        List<String> notes = new ArrayList<>(report.notes().stream().map(Markdown::text).toList());
        notes.addAll(budgetNotes);
        return notes;
    }

    private MigrationView migration(ReviewMigration m) {
        List<HazardView> hazards = m.hazards().stream().map(h -> new HazardView(h.code().severity().code(),
                Markdown.cell(Markdown.code(h.code().code())), Markdown.cell(Markdown.code(h.object())),
                Markdown.cell(Markdown.text(h.message())), Markdown.cell(Markdown.text(h.code().alternative()))))
                .toList();
        long errors = m.hazards().stream().filter(h -> h.code().severity() == HazardSeverity.ERROR).count();
        String summary = m.hazards().isEmpty() ? "none" : words(m.hazards().size(), "hazard") + ", " + errors
                + (errors == 1 ? " error" : " errors");
        List<String> changes = changeLists ? m.changes().stream().map(Markdown::text).toList() : List.of();
        List<TableComparison> tables = shapes ? m.tables() : List.of();
        List<String> notes = new ArrayList<>(m.notes().stream().map(Markdown::text).toList());
        if (!m.generated()) {
            notes.add("Written by hand (not by shale generate): its hazards are those shale lint finds.");
        }
        return new MigrationView(Markdown.code(m.file()), changes, !changes.isEmpty(), hazards, !hazards.isEmpty(),
                summary, tables, !tables.isEmpty(), SqlBlock.of(m.upSql(), sqlLimit, m.file()),
                m.downSql() == null ? null : SqlBlock.of(m.downSql(), sqlLimit, m.downFile()),
                m.downFile() == null ? null : Markdown.html(m.downFile()), notes);
    }

    private long count(HazardSeverity severity) {
        return report.migrations().stream().flatMap(m -> m.hazards().stream())
                .filter(h -> h.code().severity() == severity).count();
    }

    private static String words(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
