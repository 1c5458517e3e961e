package dev.shale.migrations.runner;

import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.migrations.runner.history.ProgressRow;
import dev.shale.migrations.runner.history.ProgressTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run resumes the units an earlier, interrupted run left partly applied: the segments done, by version, from
 * the progress table. A unit whose file changed since (its checksum differs from the progress row's) is refused:
 * its first steps ran from another text, so running the rest of this one could leave a schema neither file
 * describes.
 */
final class Resumption {

    private Resumption() {
    }

    /**
     * The segments done of each of {@code units} in {@code direction}.
     *
     * @throws MigrationRefusedException {@code CHECKSUM_CHANGED} for a unit edited half-way, with the fix
     */
    static Map<String, Integer> done(ProgressTable table, List<ProgressRow> rows, String direction,
            List<Unit> units) {
        Map<String, Integer> out = new HashMap<>();
        for (Unit unit : units) {
            for (ProgressRow row : rows) {
                if (!row.version().equals(unit.version()) || !row.direction().equals(direction)) {
                    continue;
                }
                String shown = unit.file().display();
                if (!row.checksum().equals(unit.file().checksum()) || row.steps() != unit.segments().size()) {
                    throw new MigrationRefusedException(Reason.CHECKSUM_CHANGED, shown, shown + " is partly applied"
                            + " (steps 1 to " + row.step() + " of " + row.steps() + " ran, finished at "
                            + row.finishedAt() + "), but its file changed since: its checksum is "
                            + unit.file().checksum() + " where " + table.qualifiedName() + " says " + row.checksum()
                            + ". Nothing was run.", "restore the file as it was when that run started (git checkout --"
                            + " " + shown + ") and run again, so it resumes at step " + (row.step() + 1) + "; to change"
                            + " what it does, put the change in a new migration. If you undid its applied steps by"
                            + " hand, delete its row from " + table.qualifiedName() + " (version " + row.version()
                            + ", direction " + direction + ") instead");
                }
                out.put(unit.version(), row.step());
            }
        }
        return out;
    }
}
