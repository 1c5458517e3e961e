package dev.shale.cli.review;

import dev.shale.cli.render.Templates;
import java.util.List;

/**
 * Renders a review with the {@code review.md} template, within a size limit: when the whole text is too long, the
 * SQL blocks are shortened (each to the longest length that fits, with a note naming the file), then the tables'
 * before/after and the change lists are left out; the verdict, check's findings and the hazards are never cut.
 */
public final class ReviewRenderer {

    /**
     * The size limit in characters: GitHub refuses comments over 65,536 characters; some room is left for a
     * workflow that adds a line of its own.
     */
    public static final int LIMIT = 65_000;

    private static final String SHORTENED = "Shortened to stay under the pull-request comment limit of "
            + String.format(java.util.Locale.ROOT, "%,d", LIMIT) + " characters: ";

    private ReviewRenderer() {
    }

    /** The review as Markdown, at most {@link #LIMIT} characters unless the hazards alone need more. */
    public static String render(ReviewReport report) {
        return render(report, LIMIT);
    }

    /** The review as Markdown, at most {@code limit} characters unless the parts never cut need more. */
    static String render(ReviewReport report, int limit) {
        String whole = render(report, Integer.MAX_VALUE, true, true, List.of());
        if (whole.length() <= limit) {
            return whole;
        }
        List<String> sqlNote = List.of(SHORTENED + "the SQL of each migration is cut; the files hold all of it.");
        int longest = report.migrations().stream().mapToInt(m -> Math.max(m.upSql().length(),
                m.downSql() == null ? 0 : m.downSql().length())).max().orElse(0);
        int fits = -1;
        int low = 0;
        int high = longest;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (render(report, middle, true, true, sqlNote).length() <= limit) {
                fits = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (fits >= 0) {
            return render(report, fits, true, true, sqlNote);
        }
        String noTables = render(report, 0, false, true, List.of(SHORTENED + "the SQL and the tables' before/after"
                + " are left out; the migration files and snapshots hold them."));
        if (noTables.length() <= limit) {
            return noTables;
        }
        return render(report, 0, false, false, List.of(SHORTENED + "the SQL, the tables' before/after and the"
                + " changes in words are left out; every hazard is still listed."));
    }

    private static String render(ReviewReport report, int sqlLimit, boolean shapes, boolean changes,
                                 List<String> notes) {
        return tidy(Templates.render("review.md", new ReviewView(report, sqlLimit, shapes, changes, notes)));
    }

    /**
     * The text with one blank line where the templates left several (outside code blocks, whose SQL is kept as it
     * is) and ending with one line break.
     */
    static String tidy(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        boolean blank = false;
        for (String line : markdown.split("\n", -1)) {
            if (fence == null && line.matches("`{3,}sql")) {
                fence = line.substring(0, line.length() - 3);
            } else if (fence != null && line.equals(fence)) {
                fence = null;
            } else if (fence == null && line.isBlank()) {
                if (blank) {
                    continue;
                }
                blank = true;
                out.append('\n');
                continue;
            }
            blank = false;
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }
}
