package dev.shale.diff.postgres;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.ReplicaIdentity;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE TABLE formatted for review (columns, then primary key, uniques, checks, exclusion constraints), its indexes
 * and comments.
 */
final class TableSql {

    private static final String INDENT = "    ";

    private TableSql() {
    }

    /**
     * The CREATE TABLE statement, its NOT VALID checks (CREATE TABLE would validate them), one statement per index,
     * its replica identity, then the table's and columns' comments.
     */
    static List<String> create(Table table) {
        List<String> statements = new ArrayList<>();
        statements.add(createStatement(table));
        for (CheckConstraint check : table.checks()) {
            if (check.notValid()) {
                statements.add(ConstraintSql.addNotValid(table.name(), ConstraintSql.check(check)));
            }
        }
        for (Index index : table.indexes()) {
            statements.add(IndexSql.create(table.name(), index));
        }
        if (!table.replicaIdentity().equals(ReplicaIdentity.DEFAULT)) {
            statements.add(replicaIdentity(table.name(), table.replicaIdentity()));
        }
        if (table.comment() != null) {
            statements.add(CommentSql.onTable(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                statements.add(CommentSql.onColumn(table.name(), column.name(), column.comment()));
            }
        }
        return statements;
    }

    /** {@code ALTER TABLE t SET UNLOGGED} or {@code SET LOGGED}. */
    static String setPersistence(QualifiedName table, boolean unlogged) {
        return "ALTER TABLE " + table.sql() + (unlogged ? " SET UNLOGGED" : " SET LOGGED");
    }

    /** {@code ALTER TABLE t REPLICA IDENTITY FULL} (or DEFAULT, NOTHING, USING INDEX i). */
    static String replicaIdentity(QualifiedName table, ReplicaIdentity identity) {
        return "ALTER TABLE " + table.sql() + " REPLICA IDENTITY " + identity.sql();
    }

    /** {@code DROP TABLE public.users}. */
    static String drop(Table table) {
        return "DROP TABLE " + table.name().sql();
    }

    private static String createStatement(Table table) {
        List<String> elements = new ArrayList<>();
        table.columns().forEach(column -> elements.add(ColumnSql.definition(column)));
        if (table.primaryKey() != null) {
            elements.add(ConstraintSql.primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> elements.add(ConstraintSql.unique(unique)));
        table.checks().stream().filter(check -> !check.notValid())
                .forEach(check -> elements.add(ConstraintSql.check(check)));
        table.exclusions().forEach(exclusion -> elements.add(ConstraintSql.exclusion(exclusion)));
        String head = "CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE " + table.name().sql() + " (";
        if (elements.isEmpty()) {
            return head + ")";
        }
        return head + "\n" + INDENT + String.join(",\n" + INDENT, elements) + "\n)";
    }
}
