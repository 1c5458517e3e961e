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

    /** {@code ALTER TABLE a.x RENAME TO y}, then {@code SET SCHEMA b}, then each identity sequence's rename. */
    static List<String> table(RenameTable change) {
        QualifiedName from = change.from();
        QualifiedName to = change.to();
        List<String> statements = new ArrayList<>(renameThenMove("ALTER TABLE ", from, to));
        for (String column : change.identityColumns()) {
            // SET SCHEMA moves the sequences a table owns along with it, so they are found in the new schema.
            statements.addAll(sequence(to.schema(),
                    Identifiers.identitySequenceName(from.name(), column),
                    Identifiers.identitySequenceName(to.name(), column)));
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

    /**
     * {@code <keyword> a.x RENAME TO y} when the name changes, then {@code <keyword> a.y SET SCHEMA b}
     * when the schema changes; renaming first keeps the object inside its own schema until it moves.
     */
    static List<String> renameThenMove(String keyword, QualifiedName from, QualifiedName to) {
        List<String> statements = new ArrayList<>();
        QualifiedName current = from;
        if (!from.name().equals(to.name())) {
            statements.add(keyword + current.sql() + " RENAME TO " + Identifiers.quote(to.name()));
            current = new QualifiedName(from.schema(), to.name());
        }
        if (!from.schema().equals(to.schema())) {
            statements.add(keyword + current.sql() + " SET SCHEMA " + Identifiers.quote(to.schema()));
        }
        return statements;
    }

    private static List<String> sequence(String schema, String from, String to) {
        if (from.equals(to)) {
            return List.of();
        }
        return List.of("ALTER SEQUENCE " + new QualifiedName(schema, from).sql() + " RENAME TO " + Identifiers.quote(to));
    }
}
