package dev.shale.diff.change;

import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Changes one column in place: {@code from} and {@code to} share a name and differ in exactly
 * {@code aspects}. Changes of a generated expression are a drop and an add, never an alter. A column turning
 * NOT NULL with a {@code fill} (a SQL expression per row, {@code null} when none) has its NULLs filled first;
 * the reverse keeps the fill, to say that the filled values stay when it drops NOT NULL again.
 */
public record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects, String fill)
        implements Change {
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
        if (fill != null && !aspects.contains(ColumnAspect.NULLABILITY)) {
            throw new IllegalArgumentException("the change of " + table + "." + to.name()
                    + " keeps its nullability: it takes no fill");
        }
    }

    /** A change without a fill. */
    public AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects) {
        this(table, from, to, aspects, null);
    }

    /** Whether this change fills the column's NULLs and then sets it NOT NULL. */
    public boolean fillsNulls() {
        return fill != null && !to.nullable();
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from, aspects, fill);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
