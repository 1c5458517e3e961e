package dev.shale.cli.review;

import dev.shale.diff.postgres.HazardCode;
import dev.shale.diff.postgres.HazardLine;
import dev.shale.migrationfile.HeaderLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the review needs from a migration file: the changes and hazards its header lists (as
 * {@code shale generate} writes them: a {@code Changes:} block, a {@code Hazards:} block and {@code shale:hazard}
 * lines) and its SQL without the header comment.
 */
final class GeneratedHeader {

    private static final String MARK = "-- Shale migration (";
    private static final String ITEM = "--   ";

    private GeneratedHeader() {
    }

    /** Whether {@code shale generate} (or {@code pull}) wrote the file: its first line is Shale's. */
    static boolean isGenerated(String text) {
        return strip(text).startsWith(MARK);
    }

    /** The changes of the header's {@code Changes:} block, one sentence each. */
    static List<String> changes(String text) {
        return block(text, "-- Changes:").stream().filter(line -> !line.equals("none")).toList();
    }

    /**
     * The hazards of the header's {@code Hazards:} block, each object told apart from its message by the
     * {@code shale:hazard} lines; the {@code shale:hazard} lines alone (the message being the catalog's why) when
     * the block is missing.
     */
    static List<ReviewHazard> hazards(String text) {
        List<HazardLine> lines = hazardLines(text);
        List<ReviewHazard> out = new ArrayList<>();
        for (String item : block(text, "-- Hazards:")) {
            if (item.startsWith("safer:") || item.startsWith("cannot restore:") || item.equals("none")) {
                continue;
            }
            hazard(item, lines).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            lines.forEach(line -> out.add(new ReviewHazard(line.code(), line.object(), line.code().why())));
        }
        return out;
    }

    /**
     * The SQL below the header of a generated file: from the first line that is neither blank nor a comment, or
     * that is a {@code -- shale:step} marker (the file whole when there is none); a hand-written file whole (its comments are the author's). Trailing
     * blanks removed.
     */
    static String body(String text) {
        String stripped = strip(text);
        if (!isGenerated(stripped)) {
            return stripped.stripTrailing();
        }
        int end = HeaderLines.read(stripped).text().length();
        return end < stripped.length() ? stripped.substring(end).stripTrailing() : stripped.stripTrailing();
    }

    /** {@code drop-column (error, data loss) public.users.email: Dropping ...}, the object told by the lines. */
    private static Optional<ReviewHazard> hazard(String item, List<HazardLine> lines) {
        int open = item.indexOf(" (");
        int close = item.indexOf(") ", open + 1);
        if (open < 0 || close < 0) {
            return Optional.empty();
        }
        Optional<HazardCode> code = HazardCode.byCode(item.substring(0, open));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String rest = item.substring(close + 2);
        for (HazardLine line : lines) {
            if (line.code() == code.get() && rest.startsWith(line.object() + ": ")) {
                return Optional.of(new ReviewHazard(code.get(), line.object(),
                        rest.substring(line.object().length() + 2)));
            }
        }
        int colon = rest.indexOf(": ");
        return Optional.of(colon < 0 ? new ReviewHazard(code.get(), rest, code.get().why())
                : new ReviewHazard(code.get(), rest.substring(0, colon), rest.substring(colon + 2)));
    }

    private static List<HazardLine> hazardLines(String text) {
        List<HazardLine> out = new ArrayList<>();
        for (HeaderLines.Entry entry : HeaderLines.read(strip(text)).entries()) {
            if (entry.key().equals("hazard")) {
                try {
                    out.add(HazardLine.parse(entry.value()));
                } catch (IllegalArgumentException e) {
                    // an unreadable line is check's finding (a migration file migrate refuses); the review skips it
                }
            }
        }
        return out;
    }

    /** The items of a header block: the {@code --   item} lines below {@code title}, up to the next other line. */
    private static List<String> block(String text, String title) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String line : header(text)) {
            if (line.equals(title)) {
                inside = true;
            } else if (inside && line.startsWith(ITEM)) {
                String item = line.substring(ITEM.length());
                if (!item.startsWith(" ")) {
                    out.add(item.strip());
                } else if (!out.isEmpty() && item.strip().startsWith("safer:")) {
                    out.add(item.strip());
                }
            } else if (inside) {
                break;
            }
        }
        return out;
    }

    /** The header's lines ({@link HeaderLines}: the comment and blank lines at the top, up to a step marker). */
    private static List<String> header(String text) {
        return HeaderLines.read(strip(text)).lines().stream().map(String::stripTrailing).toList();
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
