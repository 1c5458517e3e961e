package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Changes one column in place: {@code from} and {@code to} share a name and differ in exactly
 * {@code aspects}. Changes of a generated expression are a drop and an add, never an alter.
 */
public record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects) implements Change {
    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(aspects, "aspects");
        if (aspects.isEmpty()) {
            throw new IllegalArgumentException("an AlterColumn of " + table + "." + to.name() + " changes nothing");
        }
        // An EnumSet iterates in declaration order; Set.copyOf's order changes from run to run.
        aspects = Collections.unmodifiableSet(EnumSet.copyOf(aspects));
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from, aspects);
    }
}
