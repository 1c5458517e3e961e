package dev.shale.cli.review;

/**
 * One row of a table's before/after: a column, key, index or check, its shape before and after the migration as
 * Markdown (empty where it does not exist), and the mark saying how it changed.
 *
 * @param mark   {@code added}, {@code removed}, {@code changed}, {@code renamed}, {@code renamed, changed} or empty when unchanged
 * @param name   the column's or constraint's name, as Markdown
 * @param before the shape before, as Markdown, or empty
 * @param after  the shape after, as Markdown, or empty
 */
public record ShapeRow(String mark, String name, String before, String after) {

    /** The row comparing {@code before} and {@code after} (either null where missing). */
    static ShapeRow of(String name, String before, String after, boolean renamed) {
        String mark = before == null ? "added" : after == null ? "removed"
                : renamed ? (before.equals(after) ? "renamed" : "renamed, changed")
                : before.equals(after) ? "" : "changed";
        return new ShapeRow(mark.isEmpty() ? "" : "**" + mark + "**", Markdown.cell(name),
                before == null ? "" : Markdown.cell(before), after == null ? "" : Markdown.cell(after));
    }

    /** Whether the row differs between before and after. */
    public boolean changed() {
        return !mark.isEmpty();
    }
}
