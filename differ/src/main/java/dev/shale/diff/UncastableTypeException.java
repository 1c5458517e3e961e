package dev.shale.diff;

import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import java.util.Objects;
import java.util.Set;

/**
 * A column changes type between two types PostgreSQL has no cast between ({@code uuid} to {@code bigint}), in the
 * migration or in its down, and no {@code @Using} conversion is declared for it: a cast could not apply, so no
 * migration is written.
 */
public final class UncastableTypeException extends RuntimeException {

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "int2", "int4", "int8",
            "numeric");

    private static final Set<String> TIMES = Set.of("timestamptz", "timestamp with time zone", "timestamp",
            "timestamp without time zone", "date");

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

    /**
     * What to do instead: declare the conversion with {@code @Using} on the column's record component, an expression
     * over the column for each direction that has no cast (an example where Shale knows a usual one).
     */
    public String fix() {
        if (down) {
            return "declare how the down migration converts " + column + " back from " + to.sql() + " to "
                    + from.sql() + " on its record component: @Using(value = \"...\", down = \""
                    + example(column, to, from) + "\")";
        }
        return "declare how existing values convert on the record component of " + column + ": @Using(value = \""
                + example(column, from, to) + "\", down = \"" + example(column, to, from) + "\"), an expression over "
                + column + " giving " + to.sql() + " and one giving " + from.sql()
                + " back for the down migration (down may be left out where a cast back exists)";
    }

    /**
     * What to do instead when the change comes from a database rather than from records, where there is no
     * {@code @Using} to declare: write the migration by hand.
     */
    public String fixWithoutRecords() {
        return "write this change by hand (shale create) as ALTER TABLE " + table.sql() + " ALTER COLUMN " + column
                + " TYPE " + to.sql() + " USING " + example(column, from, to) + ", or diff from the schema records"
                + " with @Using declared on " + column;
    }

    /** A usual conversion of {@code column} between the two types, or a placeholder naming what it must give. */
    static String example(String column, ColumnType from, ColumnType to) {
        String source = from.name();
        String target = to.name();
        boolean fromInteger = NUMBERS.contains(source);
        boolean fromTime = TIMES.contains(source);
        if (from.dimensions() == 0 && to.dimensions() == 0) {
            if (fromInteger && (target.equals("timestamptz") || target.equals("timestamp with time zone"))) {
                return "to_timestamp(" + column + ")";
            }
            if (fromInteger && (target.equals("timestamp") || target.equals("timestamp without time zone"))) {
                return "to_timestamp(" + column + ") AT TIME ZONE 'UTC'";
            }
            if (fromTime && NUMBERS.contains(target)) {
                return "extract(epoch from " + column + ")::" + to.sql();
            }
        }
        return "<expression over " + column + " giving " + to.sql() + ">";
    }
}
