package dev.shale.diff;

import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * A column changes type between two types PostgreSQL has no cast between ({@code uuid} to {@code bigint}), in the
 * migration or in its down: {@code ALTER COLUMN ... TYPE ... USING} could not apply, so no migration is written.
 */
public final class UncastableTypeException extends RuntimeException {

    private final QualifiedName table;
    private final String column;
    private final ColumnType from;
    private final ColumnType to;
    private final boolean down;

    /** Column {@code column} of {@code table} going from {@code from} to {@code to}; {@code down} when only its down cannot. */
    public UncastableTypeException(QualifiedName table, String column, ColumnType from, ColumnType to, boolean down) {
        super("column " + Objects.requireNonNull(table, "table") + "." + Objects.requireNonNull(column, "column")
                + " cannot change type from " + Objects.requireNonNull(from, "from").sql() + " to "
                + Objects.requireNonNull(to, "to").sql() + ": PostgreSQL has no cast from "
                + (down ? to.sql() + " back to " + from.sql() + ", so its down" : from.sql() + " to " + to.sql()
                + ", so the migration") + " could not apply");
        this.table = table;
        this.column = column;
        this.from = from;
        this.to = to;
        this.down = down;
    }

    public QualifiedName table() {
        return table;
    }

    public String column() {
        return column;
    }

    public ColumnType from() {
        return from;
    }

    public ColumnType to() {
        return to;
    }

    /** Whether the change itself converts and only its down has no cast. */
    public boolean down() {
        return down;
    }

    /** What to do instead. */
    public String fix() {
        return "declare the change in steps: keep " + column + " as " + from.sql() + ", add a new column of type "
                + to.sql() + ", fill it from " + column + " in a data migration (shale create) with the conversion"
                + " you mean, then drop " + column + " in a later migration (a rename may then give the new column"
                + " its name)";
    }
}
