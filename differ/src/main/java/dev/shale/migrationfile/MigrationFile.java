package dev.shale.migrationfile;

import dev.shale.migrationfile.MigrationFileException.Reason;
import dev.shale.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A migration file in the one format Shale writes and reads: its {@link HeaderLines} (the comment block at the top),
 * any text between the header and the first step marker (the whole body of a file without markers, such as a
 * custom migration), then its {@link Step}s, each a {@code -- shale:step N transactional|non-transactional} line
 * and the text up to the next one. {@link #write()} puts the parts together verbatim and {@link #parse} takes them
 * apart, so that {@code parse(text).write()} is {@code text} for every file {@code parse} accepts. Markers are
 * found by {@link FileLayout}, as the runner finds them (with {@link SqlLexer}: a {@code --} line inside a string,
 * dollar quote or block comment is none); {@code parse} then holds them to the strict form Shale writes.
 */
public record MigrationFile(HeaderLines header, String preamble, List<Step> steps) {

    public MigrationFile {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(preamble, "preamble");
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).marker().number() != i + 1) {
                throw new IllegalArgumentException("steps are numbered from 1 up by one; step " + (i + 1)
                        + " says " + steps.get(i).marker().number());
            }
        }
        int firstBreak = preamble.indexOf('\n');
        if (firstBreak >= 0 && HeaderLines.isHeaderLine(preamble.substring(0, firstBreak))) {
            throw new IllegalArgumentException("the preamble starts with a line that belongs to the header: "
                    + preamble.substring(0, firstBreak));
        }
        if (!steps.isEmpty() && !preamble.isEmpty() && !preamble.endsWith("\n")) {
            throw new IllegalArgumentException("the preamble before a step marker ends with a line break");
        }
        for (int i = 0; i + 1 < steps.size(); i++) {
            String text = steps.get(i).text();
            if (!text.isEmpty() && !text.endsWith("\n")) {
                throw new IllegalArgumentException("step " + (i + 1) + "'s text ends with a line break");
            }
        }
    }

    /**
     * A file laid out as Shale generates it: the header, then when there are steps a blank line, and the steps with
     * a blank line between each two.
     */
    public static MigrationFile of(HeaderLines header, List<Step> steps) {
        if (steps.isEmpty()) {
            return new MigrationFile(header, "", List.of());
        }
        List<String> lines = new ArrayList<>(header.lines());
        lines.add("");
        List<Step> spaced = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            spaced.add(i + 1 < steps.size() ? new Step(step.marker(), step.text() + "\n") : step);
        }
        return new MigrationFile(new HeaderLines(lines), "", spaced);
    }

    /** The file's text. */
    public String write() {
        StringBuilder out = new StringBuilder(header.text()).append(preamble);
        for (Step step : steps) {
            out.append(step.marker().line()).append('\n').append(step.text());
        }
        return out.toString();
    }

    /**
     * Reads a file's text (without a byte order mark).
     *
     * @throws MigrationFileException naming the line of a step marker that is not written {@code -- shale:step N
     *     transactional|non-transactional} alone on its line and ended by a line break, or is numbered out of order
     */
    public static MigrationFile parse(String text) {
        Objects.requireNonNull(text, "text");
        FileLayout.Markers found = new FileLayout.Markers(text);
        SqlLexer.scanLenient(text, found::accept);
        List<FileLayout.MarkerLine> markerLines = found.found();
        List<StepMarker> markers = new ArrayList<>();
        for (FileLayout.MarkerLine markerLine : markerLines) {
            markers.add(marker(text, markerLine, markers.size() + 1));
        }
        HeaderLines header = HeaderLines.read(text);
        int headerEnd = header.text().length();
        if (headerEnd > text.length()) {
            header = new HeaderLines(header.lines().subList(0, header.lines().size() - 1));
            headerEnd = header.text().length();
        }
        int bodyEnd = markerLines.isEmpty() ? text.length() : markerLines.get(0).lineStart();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markerLines.get(i + 1).lineStart() : text.length();
            steps.add(new Step(markers.get(i), text.substring(markerLines.get(i).end() + 1, end)));
        }
        return new MigrationFile(header, text.substring(headerEnd, bodyEnd), steps);
    }

    /** The marker a marker line writes, checked to be written as Shale writes it and numbered next. */
    private static StepMarker marker(String text, FileLayout.MarkerLine markerLine, int expected) {
        int line = markerLine.line();
        StepMarker marker = markerLine.marker();
        if (!markerLine.written().equals(marker.line())) {
            throw new MigrationFileException(Reason.MARKER_LINE, line, "a step marker is written alone on its line"
                    + " as " + marker.line() + ", not " + markerLine.written().strip());
        }
        if (markerLine.end() >= text.length() || text.charAt(markerLine.end()) != '\n') {
            throw new MigrationFileException(Reason.MARKER_LINE, line, "a step marker's line ends with a line"
                    + " break (\\n)");
        }
        return markerLine.marker(expected);
    }
}
