package dev.shale.diff.postgres;

import dev.shale.diff.change.RenameColumn;
import dev.shale.diff.change.RenameTable;
import dev.shale.model.Identifiers;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** Renames of tables and columns, with the identity sequences PostgreSQL named after them. */
final class Renames {

    private Renames() {
    }

    /**
     * One statement per step of the table's path: {@code RENAME TO}, each followed by the renames of
     * the identity sequences in that schema, or {@code SET SCHEMA}, which moves the sequences along.
     */
    static List<String> table(RenameTable change) {
        List<String> statements = new ArrayList<>();
        List<QualifiedName> path = change.path();
        for (int i = 1; i < path.size(); i++) {
            QualifiedName current = path.get(i - 1);
            QualifiedName next = path.get(i);
            statements.addAll(step("ALTER TABLE ", current, next));
            if (!current.name().equals(next.name())) {
                for (String column : change.identityColumns()) {
                    statements.addAll(sequence(current.schema(),
                            Identifiers.identitySequenceName(current.name(), column),
                            Identifiers.identitySequenceName(next.name(), column)));
                }
            }
        }
        return statements;
    }

    /** {@code ALTER TABLE t RENAME COLUMN a TO b}, then the identity sequence's rename. */
    static List<String> column(RenameColumn change) {
        QualifiedName table = change.table();
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + table.sql() + " RENAME COLUMN " + Identifiers.quote(change.from())
                + " TO " + Identifiers.quote(change.to()));
        if (change.identity()) {
            statements.addAll(sequence(table.schema(),
                    Identifiers.identitySequenceName(table.name(), change.from()),
                    Identifiers.identitySequenceName(table.name(), change.to())));
        }
        return statements;
    }

    /** One statement per step of {@code path} (see {@link dev.shale.diff.change.NamePath}). */
    static List<String> path(String keyword, List<QualifiedName> path) {
        List<String> statements = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            statements.addAll(step(keyword, path.get(i - 1), path.get(i)));
        }
        return statements;
    }

    /** {@code <keyword> a.x RENAME TO y} or {@code <keyword> a.x SET SCHEMA b}: a step changes one of the two. */
    private static List<String> step(String keyword, QualifiedName from, QualifiedName to) {
        if (!from.name().equals(to.name())) {
            return List.of(keyword + from.sql() + " RENAME TO " + Identifiers.quote(to.name()));
        }
        if (!from.schema().equals(to.schema())) {
            return List.of(keyword + from.sql() + " SET SCHEMA " + Identifiers.quote(to.schema()));
        }
        return List.of();
    }

    private static List<String> sequence(String schema, String from, String to) {
        if (from.equals(to)) {
            return List.of();
        }
        return List.of("ALTER SEQUENCE " + new QualifiedName(schema, from).sql() + " RENAME TO " + Identifiers.quote(to));
    }
}
