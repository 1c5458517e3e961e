package dev.shale.diff;

import dev.shale.diff.change.AddForeignKey;
import dev.shale.diff.change.Change;
import dev.shale.diff.change.ChangeKinds;
import dev.shale.diff.change.DropForeignKey;
import dev.shale.diff.postgres.MigrationStep;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.diff.postgres.StatementMode;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a migration's ordered statements into steps. Statements keep their order, but for validations: a
 * {@code VALIDATE CONSTRAINT} waits for a later transactional step of validations, so that it never runs in the
 * transaction that took the strong lock adding its constraint; it waits until the end, or until a statement that
 * must follow it comes: one of its own change (a {@code SET NOT NULL} relying on the validated check) or other DDL
 * on a table it reads (a rename, a drop, a type change, a fill), or an {@code ADD VALUE}. Additions (constraints
 * NOT VALID or on a built index) and concurrent index builds and drops do not wait for it. Concurrent index builds
 * and drops each get a non-transactional step, {@code ADD VALUE} a transactional step of its own; the other
 * statements (fills included, so that a failing fill takes back the column it fills) share transactional steps in
 * between.
 */
final class StepPartition {

    private final List<MigrationStep> steps = new ArrayList<>();
    private final List<SqlStatement> quick = new ArrayList<>();
    private final List<SqlStatement> validations = new ArrayList<>();

    private StepPartition() {
    }

    /** The steps of {@code statements}, in order. */
    static List<MigrationStep> of(List<SqlStatement> statements) {
        StepPartition partition = new StepPartition();
        statements.forEach(partition::add);
        partition.flushQuick();
        partition.flushValidations();
        return List.copyOf(partition.steps);
    }

    /**
     * The plain partition: one transactional step, but for each {@code ADD VALUE}, which gets a step of its own
     * (PostgreSQL cannot use a value added in the same transaction).
     */
    static List<MigrationStep> plain(List<SqlStatement> statements) {
        List<MigrationStep> steps = new ArrayList<>();
        List<SqlStatement> current = new ArrayList<>();
        for (SqlStatement statement : statements) {
            if (statement.mode() == StatementMode.ALONE) {
                if (!current.isEmpty()) {
                    steps.add(MigrationStep.of(true, current));
                    current.clear();
                }
                steps.add(MigrationStep.of(true, List.of(statement)));
            } else {
                current.add(statement);
            }
        }
        if (!current.isEmpty()) {
            steps.add(MigrationStep.of(true, current));
        }
        return List.copyOf(steps);
    }

    private void add(SqlStatement statement) {
        switch (statement.mode()) {
            case VALIDATE -> {
                validations.add(statement);
                return;
            }
            case ADDITION -> {
                quick.add(statement);
                return;
            }
            case QUICK, SCAN, LONG -> {
                if (conflicts(statement)) {
                    flushQuick();
                    flushValidations();
                }
                quick.add(statement);
                return;
            }
            default -> {
                flushQuick();
                if (statement.mode() != StatementMode.CONCURRENT) {
                    flushValidations();
                }
                steps.add(MigrationStep.of(statement.mode() != StatementMode.CONCURRENT, List.of(statement)));
            }
        }
    }

    /**
     * Whether {@code statement} must run after the waiting validations: it belongs to the change of one (a SET NOT
     * NULL relying on its check), or touches a table one reads (or tables unknown).
     */
    private boolean conflicts(SqlStatement statement) {
        if (validations.isEmpty()) {
            return false;
        }
        if (validations.stream().anyMatch(v -> v.change().equals(statement.change()))) {
            return true;
        }
        Optional<Set<QualifiedName>> touched = tables(statement.change());
        if (touched.isEmpty()) {
            return true;
        }
        return validations.stream().anyMatch(v -> tables(v.change()).map(read -> read.stream()
                .anyMatch(touched.get()::contains)).orElse(true));
    }

    private void flushQuick() {
        if (!quick.isEmpty()) {
            steps.add(MigrationStep.of(true, quick));
            quick.clear();
        }
    }

    private void flushValidations() {
        if (!validations.isEmpty()) {
            steps.add(MigrationStep.of(true, validations));
            validations.clear();
        }
    }

    /**
     * The tables a change touches (for a foreign key, the referenced table too), or empty when it is not known
     * (schemas, enums, table renames and drops, which are then taken to touch every table).
     */
    private static Optional<Set<QualifiedName>> tables(Change change) {
        if (change instanceof AddForeignKey c) {
            return Optional.of(Set.copyOf(List.of(c.table(), c.foreignKey().referencedTable())));
        } else if (change instanceof DropForeignKey c) {
            return Optional.of(Set.copyOf(List.of(c.table(), c.foreignKey().referencedTable())));
        }
        return ChangeKinds.table(change).map(Set::of);
    }
}
