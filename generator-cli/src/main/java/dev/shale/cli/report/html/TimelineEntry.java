package dev.shale.cli.report.html;

import java.util.List;

/** One migration of the timeline: version, name, UTC time from its version, hazards and changes from its header. */
public record TimelineEntry(String version, String name, String time, String hazards, List<String> changes) {

    public TimelineEntry {
        changes = List.copyOf(changes);
    }

    /** Whether the header lists any change (custom migrations list none). */
    public boolean hasChanges() {
        return !changes.isEmpty();
    }
}
