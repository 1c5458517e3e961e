package dev.shale.diff.drift;

import dev.shale.diff.MigrationPlan;
import dev.shale.diff.MigrationPlanner;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.Index;
import dev.shale.model.IndexKey;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.model.Table;
import java.util.List;
import java.util.Objects;

/**
 * How a live database's model differs from the model it should have (a snapshot), object by object,
 * and the plan that brings the database back: its changes are exactly the fixes, its up SQL the
 * statements to run. Expressions are compared in {@link ExpressionSpelling}'s canonical form on both
 * sides, so that one expression spelt by a snapshot and by PostgreSQL's catalog is not drift.
 *
 * @param items what differs, in the fix's order; empty when the database matches
 * @param fix   the migration from the database's model to the expected one
 */
public record Drift(List<DriftItem> items, MigrationPlan fix) {

    public Drift {
        items = List.copyOf(items);
        Objects.requireNonNull(fix, "fix");
    }

    /** The drift of {@code actual} (read from a database) from {@code expected} (a snapshot's model). */
    public static Drift between(SchemaModel actual, SchemaModel expected) {
        MigrationPlan plan = MigrationPlanner.plan(canonical(actual), canonical(expected), RenameHints.NONE);
        return new Drift(DriftDescriptions.describe(plan.changes()), plan);
    }

    /** Whether the database matches. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The model with every expression in {@link ExpressionSpelling#canonical canonical} form. */
    static SchemaModel canonical(SchemaModel model) {
        return new SchemaModel(model.schemas(), model.enums(), model.tables().stream().map(Drift::canonical).toList());
    }

    private static Table canonical(Table t) {
        return new Table(t.name(),
                t.columns().stream().map(c -> new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(),
                        c.identity(), ExpressionSpelling.canonical(c.generatedExpression()), c.comment())).toList(),
                t.primaryKey(), t.uniques(),
                t.checks().stream().map(c -> new CheckConstraint(c.name(), ExpressionSpelling.canonical(c.expression())))
                        .toList(),
                t.foreignKeys(),
                t.indexes().stream().map(i -> new Index(i.name(),
                        i.keys().stream().map(k -> k.expression() ? IndexKey.expression(
                                ExpressionSpelling.canonical(k.text())) : k).toList(),
                        i.unique(), i.method(), ExpressionSpelling.canonical(i.where()))).toList(),
                t.comment());
    }
}
