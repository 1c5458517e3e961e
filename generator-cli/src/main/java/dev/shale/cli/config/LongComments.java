package dev.shale.cli.config;

/**
 * Cuts long comments out of YAML text before the YAML parser sees it. SnakeYAML reads one token by peeking
 * further and further ahead of where it started, and copies its whole window each time it reads 1024 more
 * characters, so a token's cost grows with the square of its length: a 10 MB one-line comment took 45 s
 * ({@code bench/yaml-comment.sh}).
 * A comment is the only long token a {@code shale.yaml} is likely to hold.
 *
 * <p>Finding comments exactly needs a YAML scanner (a {@code #} inside a quoted or block scalar is text), so
 * this class only proposes cuts, which never change the document's structure: a line longer than {@link #LONG}
 * characters, with no quote and no backslash in it, loses what follows its first {@code #} that starts the line's
 * text or follows a space or tab. Such a {@code #} starts a comment, unless the line lies inside a quoted or block
 * scalar begun on an earlier line; then the cut changes only that scalar's text. So a parse of the cut text fails
 * exactly where the original's does, and when it succeeds, a parse with {@link #marked} (the same cuts, each leaving
 * one letter behind its {@code #}) tells whether any cut text was part of a value: if both give the same
 * configuration, none was.
 */
final class LongComments {

    /** Lines up to this many characters are left alone: their cost is nothing. */
    static final int LONG = 1024;

    private LongComments() {
    }

    /** {@code text} with the long lines' comments cut after their {@code #}; {@code text} itself when none is. */
    static String cut(String text) {
        return cut(text, "");
    }

    /** As {@link #cut}, but each cut leaves {@code x} after its {@code #}, to tell comments from values. */
    static String marked(String text) {
        return cut(text, "x");
    }

    private static String cut(String text, String left) {
        StringBuilder out = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            int hash = lineEnd - start > LONG ? commentStart(text, start, lineEnd) : -1;
            if (hash >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() / 2).append(text, 0, start);
                }
                out.append(text, start, hash + 1).append(left);
            } else if (out != null) {
                out.append(text, start, lineEnd);
            }
            if (out != null && end >= 0) {
                out.append('\n');
            }
            start = end < 0 ? text.length() : end + 1;
        }
        return out == null ? text : out.toString();
    }

    /** The index of the line's first {@code #} at its start or after a blank, or -1 (also when it has a quote or a backslash). */
    private static int commentStart(String text, int start, int end) {
        int hash = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '\\') {
                return -1;
            }
            if (hash < 0 && c == '#' && (i == start || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                hash = i;
            }
        }
        return hash;
    }
}
