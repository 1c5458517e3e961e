package dev.shale.migrationfile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a migration file: the block of line comments and blank lines at its top, up to its first step
 * marker, each line verbatim without its line break. Its {@code -- shale:key value} lines are the {@link #entries()}
 * the runner reads; the other lines are for people.
 */
public record HeaderLines(List<String> lines) {

    private static final Pattern ENTRY = Pattern.compile("--\\s*shale:([A-Za-z_-]*)\\s*(.*?)\\s*");

    /** One {@code -- shale:key value} line: its number in the file (from 1), its key and its value, stripped. */
    public record Entry(int line, String key, String value) {
    }

    public HeaderLines {
        lines = List.copyOf(lines);
        for (String line : lines) {
            if (!isHeaderLine(line)) {
                throw new IllegalArgumentException("a header line is blank or a -- comment on one line, and no step"
                        + " marker: " + line);
            }
        }
    }

    /** A header of these lines. */
    public static HeaderLines of(String... lines) {
        return new HeaderLines(List.of(lines));
    }

    /**
     * The header at the top of {@code text}: its lines while they are blank or line comments, stopping before the
     * first step marker. The last line of the text counts even without a line break after it.
     */
    public static HeaderLines read(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (!isHeaderLine(line)) {
                break;
            }
            lines.add(line);
            start = end < 0 ? text.length() : end + 1;
        }
        return new HeaderLines(lines);
    }

    /** The line of a header entry as Shale writes it: {@code -- shale:key value}. */
    public static String entryLine(String key, String value) {
        return "-- shale:" + key + " " + value;
    }

    /** The {@code -- shale:key value} lines, in order; a step marker is never one (it ends the header). */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ENTRY.matcher(lines.get(i).strip());
            if (m.matches()) {
                out.add(new Entry(i + 1, m.group(1), m.group(2)));
            }
        }
        return out;
    }

    /** The header as it is written: each line followed by a line break. */
    public String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Whether {@code line} can be a header line: no line break in it, blank or a comment, and no step marker. */
    static boolean isHeaderLine(String line) {
        String stripped = line.strip();
        return line.indexOf('\n') < 0 && (stripped.isEmpty()
                || stripped.startsWith("--") && StepMarker.words(stripped) == null);
    }
}
