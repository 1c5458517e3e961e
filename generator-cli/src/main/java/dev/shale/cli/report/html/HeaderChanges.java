package dev.shale.cli.report.html;

import dev.shale.migrationfile.HeaderLines;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary of changes in a migration's header ({@link HeaderLines}): the {@code --   } lines under
 * {@code -- Changes:}, up to the next line that is not one of them. A file without that section (a custom or hand-written migration) has none.
 */
public final class HeaderChanges {

    private HeaderChanges() {
    }

    /** The changes the header of {@code sql} lists. */
    public static List<String> of(String sql) {
        List<String> changes = new ArrayList<>();
        boolean inside = false;
        for (String line : HeaderLines.read(sql).lines()) {
            if (line.strip().equals("-- Changes:")) {
                inside = true;
            } else if (inside && line.startsWith("--   ")) {
                changes.add(line.substring(5).strip());
            } else if (inside) {
                break;
            }
        }
        return changes;
    }
}
