package dev.shale.cli.report.html;

import java.util.List;

/** Everything the schema report's template shows. */
public record ReportPage(String source, String generatedAt, DiagramView diagram, List<TableView> tables,
                         List<EnumView> enums, List<TimelineEntry> timeline, String timelineNote) {

    /** A PostgreSQL enum type: its name, labels in order and comment. */
    public record EnumView(String name, List<String> values, String comment) {
    }

    public ReportPage {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        timeline = List.copyOf(timeline);
    }

    /** The number of tables. */
    public int tableCount() {
        return tables.size();
    }

    /** The number of foreign keys. */
    public int foreignKeyCount() {
        return tables.stream().mapToInt(t -> t.foreignKeys().size()).sum();
    }

    /** The number of enum types. */
    public int enumCount() {
        return enums.size();
    }

    /** The number of migrations in the timeline. */
    public int migrationCount() {
        return timeline.size();
    }

    /** Whether the schema has any table. */
    public boolean hasTables() {
        return !tables.isEmpty();
    }

    /** Whether the schema has any enum type. */
    public boolean hasEnums() {
        return !enums.isEmpty();
    }

    /** Whether the timeline lists any migration. */
    public boolean hasTimeline() {
        return !timeline.isEmpty();
    }
}
