package dev.shale.diff.change;

import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The names a table or type passes through on its way from one qualified name to another: each
 * step changes either the schema ({@code SET SCHEMA}) or the name ({@code RENAME TO}), never both.
 */
public final class NamePath {

    private NamePath() {
    }

    /** The usual way: rename inside the old schema, then move. */
    public static List<QualifiedName> renameThenMove(QualifiedName from, QualifiedName to) {
        if (from.schema().equals(to.schema()) || from.name().equals(to.name())) {
            return List.of();
        }
        return List.of(new QualifiedName(from.schema(), to.name()));
    }

    /** {@code from}, {@code via}, then {@code to}; fails when a step changes both the schema and the name. */
    public static List<QualifiedName> of(QualifiedName from, List<QualifiedName> via, QualifiedName to) {
        List<QualifiedName> path = new ArrayList<>();
        path.add(from);
        path.addAll(via);
        path.add(to);
        for (int i = 1; i < path.size(); i++) {
            QualifiedName a = path.get(i - 1);
            QualifiedName b = path.get(i);
            boolean schema = !a.schema().equals(b.schema());
            boolean name = !a.name().equals(b.name());
            if (schema && name) {
                throw new IllegalArgumentException("a step from " + a + " to " + b
                        + " changes both the schema and the name");
            }
        }
        return List.copyOf(path);
    }

    /** The same names walked the other way. */
    public static List<QualifiedName> reversed(List<QualifiedName> via) {
        List<QualifiedName> reversed = new ArrayList<>(via);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }
}
