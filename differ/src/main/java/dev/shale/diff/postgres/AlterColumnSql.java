package dev.shale.diff.postgres;

import dev.shale.diff.change.AlterColumn;
import dev.shale.diff.change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.ColumnType;
import dev.shale.model.Identifiers;
import dev.shale.model.Identity;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One ALTER TABLE changing a column in place, its actions in an order that works both ways: drop
 * default and identity, change the type (and the collation with it: {@code TYPE t COLLATE c}), change nullability, then set default and identity. An identity dropped
 * together with a type change is dropped in a statement of its own first: PostgreSQL checks an identity column's
 * new type before any action of the same ALTER TABLE runs, so {@code DROP IDENTITY, TYPE text} is refused. A column
 * whose NULLs are filled before it turns NOT NULL takes three statements: the other actions, the fill, SET NOT NULL.
 */
final class AlterColumnSql {

    private static final String INDENT = "    ";

    private AlterColumnSql() {
    }

    /**
     * The statements for {@code change}: one ALTER TABLE, or with a fill, the other actions, the fill, SET NOT NULL;
     * then, when it makes an existing column an identity, the statement that moves the identity's sequence past the
     * values the rows hold ({@link #continueNumbering}).
     */
    static List<String> statements(AlterColumn change) {
        List<String> statements = new ArrayList<>(alter(change));
        if (change.aspects().contains(ColumnAspect.IDENTITY) && change.from().identity() == null
                && change.to().identity() != null) {
            statements.add(continueNumbering(change.table(), change.to().name(), change.to().identity()));
        }
        return statements;
    }

    /**
     * {@code SELECT setval(pg_get_serial_sequence('public.t', 'id'), greatest(max("id") + 1, 1), false) FROM
     * public.t}: the next value the identity gives is past the largest value in the column (the smallest for a
     * descending one), or its start on an empty table, so the next insert does not collide with an existing row.
     */
    static String continueNumbering(QualifiedName table, String column, Identity identity) {
        String quoted = Identifiers.quote(column);
        String next = identity.increment() > 0
                ? "greatest(max(" + quoted + ") + 1, " + identity.start() + ")"
                : "least(min(" + quoted + ") - 1, " + identity.start() + ")";
        return "SELECT setval(pg_get_serial_sequence(" + Identifiers.literal(table.sql()) + ", "
                + Identifiers.literal(column) + "), " + next + ", false) FROM " + table.sql();
    }

    /** The ALTER TABLE statements for {@code change}: one, or with a fill, the other actions, the fill, SET NOT NULL. */
    static List<String> alter(AlterColumn change) {
        List<String> statements = new ArrayList<>();
        if (dropsIdentityBeforeType(change)) {
            statements.add(alterTable(change.table(), List.of(dropIdentity(change))));
        }
        if (!change.fillsNulls()) {
            statements.add(alterInPlace(change));
            return statements;
        }
        String setNotNull = "ALTER COLUMN " + Identifiers.quote(change.to().name()) + " SET NOT NULL";
        List<String> others = othersThanSetNotNull(change);
        if (!others.isEmpty()) {
            statements.add(alterTable(change.table(), others));
        }
        statements.add(FillSql.fill(change.table(), change.to().name(), change.fill()));
        statements.add(alterTable(change.table(), List.of(setNotNull)));
        return statements;
    }

    /** The ALTER COLUMN actions of {@code change} but its SET NOT NULL, in their order. */
    static List<String> othersThanSetNotNull(AlterColumn change) {
        String setNotNull = "ALTER COLUMN " + Identifiers.quote(change.to().name()) + " SET NOT NULL";
        return actions(change).stream().filter(a -> !a.equals(setNotNull)).toList();
    }

    private static String alterInPlace(AlterColumn change) {
        List<String> actions = actions(change);
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("the change of " + change.table() + "." + change.to().name() + " in "
                    + change.aspects() + " leaves the column as it was");
        }
        return alterTable(change.table(), actions);
    }

    private static List<String> actions(AlterColumn change) {
        Column from = change.from();
        Column to = change.to();
        Set<ColumnAspect> aspects = change.aspects();
        boolean type = aspects.contains(ColumnAspect.TYPE);
        boolean collation = aspects.contains(ColumnAspect.COLLATION);
        boolean defaults = aspects.contains(ColumnAspect.DEFAULT);
        boolean identity = aspects.contains(ColumnAspect.IDENTITY);
        String column = "ALTER COLUMN " + Identifiers.quote(to.name()) + " ";

        List<String> actions = new ArrayList<>();
        // A default is dropped before a type change (it may not convert) and set again after it.
        if (from.defaultExpression() != null && (type || defaults && to.defaultExpression() == null)) {
            actions.add(column + "DROP DEFAULT");
        }
        if (identity && from.identity() != null && to.identity() == null && !dropsIdentityBeforeType(change)) {
            actions.add(dropIdentity(change));
        }
        if (type) {
            String using = change.using() != null ? change.using() : conversion(to.name(), from.type(), to.type());
            actions.add(column + "TYPE " + to.type().sql() + collate(to) + " USING " + using);
        } else if (collation) {
            // the same type: PostgreSQL keeps the rows and rebuilds the indexes on the column; TYPE without COLLATE
            // gives the type's default collation, so a type change above carries the column's collation too
            actions.add(column + "TYPE " + to.type().sql() + collate(to));
        }
        if (aspects.contains(ColumnAspect.NULLABILITY)) {
            actions.add(column + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (to.defaultExpression() != null && (type || defaults)) {
            actions.add(column + "SET DEFAULT " + to.defaultExpression());
        }
        if (identity && to.identity() != null) {
            actions.addAll(identityActions(column, from.identity(), to.identity()));
        }
        return actions;
    }

    /** {@code COLLATE "C"} with a space before it, or nothing for a column of the type's default collation. */
    static String collate(Column column) {
        return column.collation() == null ? "" : " COLLATE " + column.collation();
    }

    /** Whether the change drops an identity and changes the type: the drop then needs a statement of its own. */
    private static boolean dropsIdentityBeforeType(AlterColumn change) {
        return change.aspects().contains(ColumnAspect.TYPE) && change.aspects().contains(ColumnAspect.IDENTITY)
                && change.from().identity() != null && change.to().identity() == null;
    }

    private static String dropIdentity(AlterColumn change) {
        return "ALTER COLUMN " + Identifiers.quote(change.to().name()) + " DROP IDENTITY";
    }

    /** {@code ALTER TABLE t action} on one line, or one action per indented line when there are several. */
    static String alterTable(QualifiedName table, List<String> actions) {
        String head = "ALTER TABLE " + table.sql();
        if (actions.size() == 1) {
            return head + " " + actions.get(0);
        }
        return head + "\n" + INDENT + String.join(",\n" + INDENT, actions);
    }

    /** {@code col::type}; an enum converts through text, since PostgreSQL has no direct cast out of one. */
    static String conversion(String name, ColumnType from, ColumnType to) {
        String quoted = Identifiers.quote(name);
        ColumnType text = new ColumnType(null, "text", List.of(), from.dimensions());
        if (from.isUserType() && !to.equals(text)) {
            return quoted + "::" + text.sql() + "::" + to.sql();
        }
        return quoted + "::" + to.sql();
    }

    private static List<String> identityActions(String column, Identity from, Identity to) {
        if (from == null) {
            return List.of(column + "ADD " + ColumnSql.identity(to));
        }
        List<String> actions = new ArrayList<>();
        if (from.always() != to.always()) {
            actions.add(column + "SET GENERATED " + ColumnSql.generation(to));
        }
        List<String> options = sequenceOptions(from, to);
        if (!options.isEmpty()) {
            actions.add(column + String.join(" ", options));
        }
        return actions;
    }

    /**
     * {@code SET START WITH s SET MAXVALUE m SET NO CYCLE ...}: the sequence options that change, in one action so
     * that PostgreSQL checks them together (a new start against new bounds). A bound back to its default, or left at
     * its default while the increment changes sign, is {@code SET NO MINVALUE} / {@code SET NO MAXVALUE}: PostgreSQL
     * keeps the old bound otherwise.
     */
    private static List<String> sequenceOptions(Identity from, Identity to) {
        List<String> options = new ArrayList<>();
        boolean signChanges = (from.increment() > 0) != (to.increment() > 0);
        if (from.start() != to.start()) {
            options.add("SET START WITH " + to.start());
        }
        if (from.increment() != to.increment()) {
            options.add("SET INCREMENT BY " + to.increment());
        }
        if (!Objects.equals(from.minValue(), to.minValue()) || signChanges && to.minValue() == null) {
            options.add(to.minValue() == null ? "SET NO MINVALUE" : "SET MINVALUE " + to.minValue());
        }
        if (!Objects.equals(from.maxValue(), to.maxValue()) || signChanges && to.maxValue() == null) {
            options.add(to.maxValue() == null ? "SET NO MAXVALUE" : "SET MAXVALUE " + to.maxValue());
        }
        if (from.cache() != to.cache()) {
            options.add("SET CACHE " + to.cache());
        }
        if (from.cycle() != to.cycle()) {
            options.add(to.cycle() ? "SET CYCLE" : "SET NO CYCLE");
        }
        return options;
    }
}
