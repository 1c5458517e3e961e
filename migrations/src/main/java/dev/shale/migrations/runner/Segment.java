package dev.shale.migrations.runner;

import dev.shale.migrations.runner.sql.ScriptStep;
import dev.shale.migrations.runner.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runner counts as one step of a file, and records progress after: a step of the file (see
 * {@link ScriptStep}), cut after each {@code ALTER TYPE ... ADD VALUE} that is not the step's last statement
 * (PostgreSQL needs the new value committed before it is used, so the runner commits there). Numbered from 1 over
 * the whole file; {@code fileStep} is the number of the file's step it belongs to.
 */
record Segment(int number, int fileStep, boolean transactional, List<SqlStatement> statements) {

    Segment {
        statements = List.copyOf(statements);
    }

    /** The segments of a file's steps; {@code restores} (statements putting settings back) end the last one. */
    static List<Segment> of(List<ScriptStep> steps, List<SqlStatement> restores) {
        List<Segment> out = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            ScriptStep step = steps.get(s);
            List<SqlStatement> statements = new ArrayList<>(step.statements());
            if (s == steps.size() - 1) {
                statements.addAll(restores);
            }
            List<SqlStatement> current = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                SqlStatement statement = statements.get(i);
                current.add(statement);
                if (step.transactional() && statement.isEnumValueAddition() && i < statements.size() - 1) {
                    out.add(new Segment(out.size() + 1, step.number(), true, current));
                    current = new ArrayList<>();
                }
            }
            out.add(new Segment(out.size() + 1, step.number(), step.transactional(), current));
        }
        return out;
    }

    /** Whether its last statement adds an enum value (then a commit follows when more statements do). */
    boolean endsWithEnumValue() {
        return !statements.isEmpty() && statements.get(statements.size() - 1).isEnumValueAddition();
    }
}
