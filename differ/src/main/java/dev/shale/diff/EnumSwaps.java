package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.Set;
import java.util.TreeSet;

/**
 * The enum types the up or the down migration recreates by a type swap (renamed view), and what of a table must
 * be dropped before such a swap and built again after it: PostgreSQL converts a column to the new type, but an
 * expression stored with a constant of the old type ({@code status = 'CONFIRMED'::registration_status} in a
 * partial index or a check) no longer applies to the new one, and a generated column's source column cannot be
 * converted at all. Those expressions are the ones that mention a column of a swapped type or the type itself.
 */
record EnumSwaps(Set<QualifiedName> types) {

    /** No swap. */
    static final EnumSwaps NONE = new EnumSwaps(Set.of());

    EnumSwaps {
        types = Set.copyOf(types);
    }

    /** Whether {@code type} is (an array of) a swapped enum. */
    boolean swaps(ColumnType type) {
        return type.isUserType() && types.contains(type.userTypeName());
    }

    /**
     * The names an expression of this table mentions when it must be rebuilt around a swap: the table's columns
     * of a swapped type, in either model, and the swapped types' own names. A false "yes" costs a rebuild.
     */
    Set<String> mentions(Table from, Table to) {
        Set<String> names = new TreeSet<>();
        if (types.isEmpty()) {
            return names;
        }
        for (Table table : new Table[] {from, to}) {
            for (Column column : table.columns()) {
                if (swaps(column.type())) {
                    names.add(column.name());
                }
            }
        }
        types.forEach(type -> names.add(type.name()));
        return names;
    }
}
