package dev.shale.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run executes, step by step, and in {@link #sql()} the same as one script: the exact
 * statements in order with {@code BEGIN}/{@code COMMIT} where the runner opens and commits
 * transactions, and the history bookkeeping as comments.
 *
 * @param command {@code migrate} or {@code rollback}
 * @param batch the batch number the run records (migrate), or the batch rolled back last (rollback)
 * @param historyTable the history table, qualified and quoted ({@code "public"."shale_migrations"})
 */
public record Plan(String command, int batch, String historyTable, List<PlannedStep> steps) {

    public Plan {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(historyTable, "historyTable");
        steps = List.copyOf(steps);
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Every planned migration once, in run order, with its parts (one per step it runs in). */
    public List<PlannedMigration> migrations() {
        Map<String, List<PlannedPart>> parts = new LinkedHashMap<>();
        steps.stream().flatMap(s -> s.parts().stream())
                .forEach(p -> parts.computeIfAbsent(p.version(), v -> new ArrayList<>()).add(p));
        return parts.values().stream().map(p -> {
            PlannedPart first = p.get(0);
            return new PlannedMigration(first.version(), first.name(), first.file(), first.hazards(), p);
        }).toList();
    }

    /** The plan as an SQL script (see the class comment); a comment line saying so when it is empty. */
    public String sql() {
        StringBuilder out = new StringBuilder();
        if (steps.isEmpty()) {
            return "-- shale " + command + ": nothing to do\n";
        }
        int count = migrations().size();
        out.append("-- shale ").append(command).append(": ").append(count).append(count == 1 ? " migration" : " migrations")
                .append(" in ").append(steps.size()).append(steps.size() == 1 ? " step" : " steps")
                .append(", batch ").append(batch).append(", history ").append(historyTable).append('\n');
        String verb = command.equals("rollback") ? "delete history row" : "record";
        int number = 0;
        for (PlannedStep step : steps) {
            number++;
            out.append('\n');
            if (step.transactional()) {
                out.append("-- step ").append(number).append(": one transaction\nBEGIN;\n");
            } else {
                out.append("-- step ").append(number)
                        .append(step.parts().get(0).part() == null
                                ? ": outside a transaction (shale:transactional false), recorded once it succeeded\n"
                                : ": outside a transaction, recorded once it succeeded\n");
            }
            for (PlannedPart migration : step.parts()) {
                out.append("\n-- ").append(migration.file());
                if (migration.part() != null) {
                    out.append(", ").append(migration.part());
                }
                out.append(" (hazards: ").append(migration.hazards()).append(")\n");
                for (String hazard : migration.stepHazards()) {
                    out.append("-- hazard: ").append(hazard).append('\n');
                }
                List<PlannedStatement> statements = migration.statements();
                String record = "-- " + (migration.endsMigration() ? verb + ' ' + migration.version()
                        + " in " + historyTable : "record the progress of " + migration.version()) + '\n';
                for (int i = 0; i < statements.size(); i++) {
                    PlannedStatement statement = statements.get(i);
                    out.append(statement.sql()).append(";\n");
                    if (statement.commitAfter()) {
                        boolean last = i == statements.size() - 1;
                        out.append(last ? record : "-- record the progress of " + migration.version() + '\n');
                        out.append("-- committed here: a new enum value must be committed before it is used\n")
                                .append("COMMIT;\nBEGIN;\n");
                    }
                }
                if (statements.isEmpty() || !statements.get(statements.size() - 1).commitAfter()) {
                    out.append(record);
                }
            }
            if (step.transactional()) {
                out.append("COMMIT;\n");
            }
        }
        return out.toString();
    }
}
