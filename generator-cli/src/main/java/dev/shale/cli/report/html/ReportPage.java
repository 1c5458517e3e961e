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

    public int tableCount() {
        return tables.size();
    }

    public int foreignKeyCount() {
        return tables.stream().mapToInt(t -> t.foreignKeys().size()).sum();
    }

    public int enumCount() {
        return enums.size();
    }

    public int migrationCount() {
        return timeline.size();
    }

    public boolean hasTables() {
        return !tables.isEmpty();
    }

    public boolean hasEnums() {
        return !enums.isEmpty();
    }

    public boolean hasTimeline() {
        return !timeline.isEmpty();
    }
}
