package dev.shale.migrations.runner.sql;

import dev.shale.migrationfile.MigrationFileException;
import dev.shale.migrationfile.StepMarker;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script's statements into the steps its {@code -- shale:step N transactional|non-transactional} markers
 * declare. A marker stands alone on its line at a statement boundary; steps are numbered from 1 up by one; no
 * statement comes before the first marker; no step is empty; a file with markers does not say
 * {@code -- shale:transactional false} in its header. Without markers the file is one step of the header's mode.
 */
final class StepMarkers {

    private static final String HASH = ", then run shale hash";

    private StepMarkers() {
    }

    /**
     * The steps of {@code script} under {@code header}.
     *
     * @throws SqlScriptException naming the line of a marker that breaks one of the rules above, with its fix
     */
    static List<ScriptStep> steps(MigrationHeader header, SqlScript script) {
        List<SqlStatement> statements = script.statements();
        List<SqlScript.Marker> markers = script.markers();
        if (markers.isEmpty()) {
            return List.of(new ScriptStep(1, header.transactional(), statements));
        }
        for (SqlScript.Marker marker : markers) {
            if (marker.insideStatement()) {
                throw new SqlScriptException(marker.line(), "line " + marker.line() + " says -- shale:step "
                        + marker.text() + " inside a statement (the statement before it has no ; yet)",
                        "put the marker on its own line after the ; that ends the statement above it" + HASH);
            }
        }
        SqlScript.Marker first = markers.get(0);
        if (!header.transactional()) {
            throw new SqlScriptException(first.line(), "line " + first.line() + " starts a step, and the header says"
                    + " shale:transactional false; a file with steps gives each step its own mode",
                    "remove the header line -- shale:transactional false and mark each step that cannot run in a"
                            + " transaction -- shale:step N non-transactional" + HASH);
        }
        if (first.statementsBefore() > 0) {
            SqlStatement stray = statements.get(0);
            throw new SqlScriptException(stray.line(), "line " + stray.line() + " holds a statement before the"
                    + " first step marker (line " + first.line() + "); in a file with steps every statement belongs"
                    + " to a step", "move the marker -- shale:step 1 ... above line " + stray.line() + HASH);
        }
        List<ScriptStep> steps = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            SqlScript.Marker marker = markers.get(i);
            boolean transactional = read(marker, i + 1);
            int from = marker.statementsBefore();
            int to = i + 1 < markers.size() ? markers.get(i + 1).statementsBefore() : statements.size();
            if (from == to) {
                throw new SqlScriptException(marker.line(), "line " + marker.line() + " starts step " + (i + 1)
                        + ", which holds no statement", "remove the marker, or put the step's statements below it"
                        + HASH);
            }
            steps.add(new ScriptStep(i + 1, transactional, statements.subList(from, to)));
        }
        return steps;
    }

    /** Whether the marker says transactional; checks its number and mode, read by {@link dev.shale.migrationfile.FileLayout.MarkerLine#marker(int)}. */
    private static boolean read(SqlScript.Marker marker, int expected) {
        int line = marker.line();
        String said = "line " + line + " says -- shale:step " + marker.text();
        String form = "write -- shale:step " + expected + " transactional (or non-transactional)" + HASH;
        String outOfOrder = said + ", but it is step " + expected + " of the file (steps are numbered from 1 up by"
                + " one)";
        StepMarker read;
        try {
            read = marker.place().marker(expected);
        } catch (MigrationFileException e) {
            // the format's typed refusals, worded as the runner has always worded them
            throw switch (e.reason()) {
                case MARKER_FORM -> new SqlScriptException(line, said + "; a step marker is -- shale:step N"
                        + " transactional|non-transactional", form);
                case MARKER_MODE -> marker.text().split("\\s+")[0].equals(Integer.toString(expected))
                        ? new SqlScriptException(line, said + "; " + e.problem(), form)
                        : new SqlScriptException(line, outOfOrder, form);
                case MARKER_NUMBER, MARKER_ORDER -> new SqlScriptException(line, outOfOrder, form);
                case MARKER_LINE -> new IllegalStateException("reading a marker's words checks no line form", e);
            };
        }
        return read.transactional();
    }
}
