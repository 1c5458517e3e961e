package dev.shale.migrations.runner.sql;

import java.util.List;

/**
 * One step of a migration file: its number (from 1), whether it runs in a transaction, and its statements. A file
 * without {@code -- shale:step} markers is one step whose mode is its header's {@code shale:transactional}.
 */
public record ScriptStep(int number, boolean transactional, List<SqlStatement> statements) {

    public ScriptStep {
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + number);
        }
        statements = List.copyOf(statements);
    }
}
