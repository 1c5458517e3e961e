package dev.shale.cli.review;

/**
 * A fenced {@code sql} code block as the templates show it: a fence its body cannot close, the body (cut at a line
 * end when the comment must stay under its size limit) and the note saying what was cut.
 *
 * @param fence the backticks opening and closing the block
 * @param body  the SQL, without a trailing line break
 * @param note  what was cut and where to read it all, as Markdown, or {@code null}
 */
public record SqlBlock(String fence, String body, String note) {

    /** {@code sql} shortened to at most {@code limit} characters, at a line end, with a note naming {@code file}. */
    static SqlBlock of(String sql, int limit, String file) {
        if (sql.length() <= limit) {
            return new SqlBlock(Markdown.fence(sql), sql, null);
        }
        int cut = sql.lastIndexOf('\n', limit);
        String kept = cut < 0 ? "" : sql.substring(0, cut);
        long lines = sql.substring(kept.length()).lines().filter(l -> !l.isEmpty()).count();
        String note = "Shortened to keep the comment under its size limit: " + lines
                + (lines == 1 ? " more line" : " more lines") + " in " + Markdown.code(file) + ".";
        return new SqlBlock(Markdown.fence(kept), kept, note);
    }

    /** Whether the block holds any SQL. */
    public boolean hasBody() {
        return !body.isEmpty();
    }
}
