package dev.shale.migrations.runner.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A migration file read the one way every command reads it: its header ({@link MigrationHeader}), its
 * statements ({@link SqlScript}), refused when a statement controls the runner's transaction or session
 * ({@link ControlStatement}) without its header allowing it, and followed by the statements that put back
 * the session settings it changes ({@link SettingRestores}), so that its {@code SET}s end with it.
 *
 * <p>Allowed transaction control needs {@code -- shale:transactional false}: inside the runner's
 * transaction a {@code COMMIT} or {@code ROLLBACK} would break the batch's atomicity and leave the history
 * disagreeing with the schema, while a migration that runs alone in autocommit owns its transactions.
 */
public record MigrationScript(MigrationHeader header, List<SqlStatement> statements, List<SqlStatement> restores,
                              List<ScriptStep> steps, boolean marked) {

    private static final String HASH = ", then run shale hash";

    public MigrationScript {
        Objects.requireNonNull(header, "header");
        statements = List.copyOf(statements);
        restores = List.copyOf(restores);
        steps = List.copyOf(steps);
    }

    /** A script without step markers: one step, the header's mode. */
    public MigrationScript(MigrationHeader header, List<SqlStatement> statements, List<SqlStatement> restores) {
        this(header, statements, restores, List.of(new ScriptStep(1, header.transactional(), statements)), false);
    }

    /**
     * Reads {@code text}; {@code runnerValues} are the values the runner gives the settings it manages (lower-case
     * names), which the restoring statements set back.
     *
     * @throws SqlScriptException naming the line of an unreadable header line, an unterminated string, comment or
     *     dollar quote, or a control statement the header does not allow (with its own fix)
     */
    public static MigrationScript read(String text, Map<String, String> runnerValues) {
        MigrationHeader header = MigrationHeader.parse(text);
        SqlScript script = SqlScript.parse(text);
        List<SqlStatement> statements = script.statements();
        List<ScriptStep> steps = StepMarkers.steps(header, script);
        for (SqlStatement statement : statements) {
            ControlStatement.of(statement).ifPresent(control -> requireAllowed(header, control));
        }
        return new MigrationScript(header, statements, SettingRestores.of(statements, runnerValues), steps,
                !script.markers().isEmpty());
    }

    /** The statements, then the restoring ones: what the runner executes. */
    public List<SqlStatement> executed() {
        if (restores.isEmpty()) {
            return statements;
        }
        List<SqlStatement> all = new ArrayList<>(statements);
        all.addAll(restores);
        return all;
    }

    private static void requireAllowed(MigrationHeader header, ControlStatement control) {
        int line = control.statement().line();
        String code = control.kind().code();
        String said = control.shown() + " " + control.what() + " (" + code + ")";
        if (!header.allows(control.kind())) {
            throw new SqlScriptException(line, said + "; a migration holds none unless its header allows it",
                    control.kind() == ControlStatement.Kind.TRANSACTION_CONTROL
                            ? "remove it: the runner begins and commits every migration's transaction itself (for"
                            + " statements that cannot run in a transaction, such as CREATE INDEX CONCURRENTLY, put"
                            + " -- shale:transactional false in the header instead); if it is intended, add the"
                            + " header lines -- shale:transactional false and -- shale:allow " + code + HASH
                            : "remove it (to give objects to another role, use ALTER ... OWNER TO); if it is"
                            + " intended, add the header line -- shale:allow " + code + HASH);
        }
        if (control.kind() == ControlStatement.Kind.TRANSACTION_CONTROL && header.transactional()) {
            throw new SqlScriptException(line, said + ", and the header allows transaction control in a migration"
                    + " that runs inside the runner's transaction, where it would break the batch's atomicity",
                    "add the header line -- shale:transactional false (the migration then runs alone in autocommit,"
                            + " its own transactions included)" + HASH);
        }
    }
}
