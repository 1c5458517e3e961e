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
 * the reverse keeps the fill, to say that the filled values stay when it drops NOT NULL again. A type change converts
 * the values with {@code using}, a SQL expression declared with {@code @Using} ({@code null}: a cast to the new type),
 * and its reverse with {@code usingBack}.
 */
public record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects, String fill,
                          String using, String usingBack) implements Change {
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
        if ((using != null || usingBack != null) && !aspects.contains(ColumnAspect.TYPE)) {
            throw new IllegalArgumentException("the change of " + table + "." + to.name()
                    + " keeps its type: it takes no USING conversion");
        }
    }

    /** A change without a declared conversion. */
    public AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects, String fill) {
        this(table, from, to, aspects, fill, null, null);
    }

    /** A change without a fill. */
    public AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects) {
        this(table, from, to, aspects, null);
    }

    /** This change converting its values with {@code using}, and back with {@code usingBack}. */
    public AlterColumn withConversion(String using, String usingBack) {
        return new AlterColumn(table, from, to, aspects, fill, using, usingBack);
    }

    /** Whether this change fills the column's NULLs and then sets it NOT NULL. */
    public boolean fillsNulls() {
        return fill != null && !to.nullable();
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from, aspects, fill, usingBack, using);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
