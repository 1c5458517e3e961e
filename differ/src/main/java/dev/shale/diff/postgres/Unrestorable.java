package dev.shale.diff.postgres;

import dev.shale.model.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * A NOT NULL column without default that a down migration adds back to a table whose rows lost its values in the
 * up: they cannot be restored, so the rows get {@code refill} (the zero of its type) or, for a type Shale knows no
 * value of ({@code refill} null), the down fails on a table with rows. Written in the down's header as
 * {@code -- shale:cannot-restore column public.payments.amount_cents}, so that {@code rollback} refuses it where
 * the table has rows unless forced.
 *
 * @param column the column, as a {@link DataLoss.Kind#COLUMN} loss naming it as the database has it when the down
 *               starts (its table exists then; the column does not)
 */
public record Unrestorable(DataLoss column, String refill) {
    public Unrestorable {
        Objects.requireNonNull(column, "column");
        if (column.kind() != DataLoss.Kind.COLUMN) {
            throw new IllegalArgumentException("an unrestorable value is a column's, not a " + column.kind().code());
        }
    }

    /** The column of {@code table}. */
    public static Unrestorable column(QualifiedName table, String column, String refill) {
        return new Unrestorable(DataLoss.column(table, column), refill);
    }

    /** The table the column is added back to. */
    public QualifiedName table() {
        return column.relation();
    }

    /** The column's name. */
    public String columnName() {
        return column.member();
    }

    /** What happens to the rows, in one sentence. */
    public String message() {
        String name = column.relation() + "." + column.member();
        return refill == null
                ? "Adding back NOT NULL column " + name + " cannot restore its values, and Shale knows no value of its"
                        + " type to fill existing rows with: on a table with rows this down fails (nothing is"
                        + " changed); fill the column by hand in a custom migration."
                : "Adding back NOT NULL column " + name + " cannot restore its values: existing rows get "
                        + refill + ".";
    }

    /**
     * Reads the text after {@code shale:cannot-restore}, as {@link DataLoss#parse} reads a column loss; the
     * refill is not in the header (null).
     *
     * @throws IllegalArgumentException saying how to write it
     */
    public static Unrestorable parse(String text) {
        DataLoss loss = DataLoss.parse(text);
        if (loss.kind() != DataLoss.Kind.COLUMN) {
            throw new IllegalArgumentException("write column SCHEMA.TABLE.COLUMN (quote a name as SQL when it must"
                    + " be)");
        }
        return new Unrestorable(loss, null);
    }

    /** The text after {@code shale:cannot-restore}, or empty when a name holds a control character. */
    public Optional<String> headerText() {
        return column.headerText();
    }

    /** {@code column public.t.c}, unquoted, for messages. */
    public String describe() {
        return column.describe();
    }
}
