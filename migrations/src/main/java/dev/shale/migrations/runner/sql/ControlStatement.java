package dev.shale.migrations.runner.sql;

import dev.shale.sql.SqlLexer;
import dev.shale.sql.SqlToken;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement of a migration that takes over what the runner owns: its transaction ({@code BEGIN},
 * {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK [TO SAVEPOINT]}, {@code ABORT},
 * {@code SAVEPOINT}, {@code RELEASE [SAVEPOINT]}, {@code PREPARE TRANSACTION}, {@code COMMIT PREPARED},
 * {@code ROLLBACK PREPARED}) or its session ({@code SET [SESSION | LOCAL] ROLE}, {@code RESET ROLE},
 * {@code SET SESSION AUTHORIZATION}, {@code RESET SESSION AUTHORIZATION}, {@code SET SESSION
 * CHARACTERISTICS}, {@code SET standard_conforming_strings}, {@code RESET ALL}, {@code DISCARD ...}, and a call of {@code pg_advisory_unlock_all} or
 * {@code pg_advisory_unlock}, which can release the runner's migration lock). A migration may hold one only
 * when its header allows the kind ({@code -- shale:allow transaction-control}, {@code session-control}).
 *
 * <p>Only a statement's leading words tell its kind, so the {@code BEGIN} of a function body or a
 * {@code DO} block (inside a dollar-quoted string) and the {@code BEGIN ATOMIC ... END} body of a
 * SQL-standard function (part of its {@code CREATE FUNCTION} statement, see {@link SqlScript}) are not
 * transaction control. The unlock functions are found among the functions a statement calls outside strings
 * and comments, and in the body of a {@code DO} block, which runs at once.
 */
public record ControlStatement(Kind kind, SqlStatement statement, String what) {

    /** The kinds a header can allow, by their header codes. */
    public enum Kind {
        /** Statements that begin, end or split the runner's transaction. */
        TRANSACTION_CONTROL("transaction-control"),
        /** Statements that change who the runner's session is, reset all of it, or release its lock. */
        SESSION_CONTROL("session-control");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The code in {@code -- shale:allow CODE}. */
        public String code() {
            return code;
        }
    }

    public ControlStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(what, "what");
    }

    /** The statement's kind, when it is transaction or session control. */
    public static Optional<ControlStatement> of(SqlStatement statement) {
        String what = transactionControl(statement);
        if (what != null) {
            return Optional.of(new ControlStatement(Kind.TRANSACTION_CONTROL, statement, what));
        }
        what = sessionControl(statement);
        return what == null ? Optional.empty() : Optional.of(new ControlStatement(Kind.SESSION_CONTROL, statement, what));
    }

    private static String transactionControl(SqlStatement s) {
        if (s.startsWith("BEGIN") || s.startsWith("START", "TRANSACTION")) {
            return "opens a transaction inside the one the runner opened";
        }
        if (s.startsWith("COMMIT") || s.startsWith("END")) {
            return "commits the runner's transaction half-way through the batch";
        }
        if (s.startsWith("ROLLBACK") || s.startsWith("ABORT")) {
            return "rolls back the runner's transaction (or part of it), so the history and the schema disagree";
        }
        if (s.startsWith("SAVEPOINT") || s.startsWith("RELEASE")) {
            return "splits the runner's transaction with a savepoint";
        }
        if (s.startsWith("PREPARE", "TRANSACTION")) {
            return "hands the runner's transaction to two-phase commit";
        }
        return null;
    }

    private static String sessionControl(SqlStatement s) {
        if (s.calls().contains("PG_ADVISORY_UNLOCK_ALL") || s.calls().contains("PG_ADVISORY_UNLOCK")
                || s.startsWith("DO") && unlocksInBody(s.sql())) {
            return "can release the runner's migration lock (an advisory lock), letting another runner start";
        }
        if (isSet(s, "ROLE") || s.startsWith("RESET", "ROLE")) {
            return "changes the role the runner's session acts as (and writes the history as)";
        }
        if (isSet(s, "SESSION", "AUTHORIZATION") || s.startsWith("RESET", "SESSION", "AUTHORIZATION")) {
            return "changes the user of the runner's session";
        }
        if (isSet(s, "STANDARD_CONFORMING_STRINGS")) {
            return "changes how PostgreSQL reads backslashes in strings, so the rest of the file would run other"
                    + " than Shale splits it (the runner keeps standard_conforming_strings on)";
        }
        if (s.startsWith("SET", "SESSION", "CHARACTERISTICS")) {
            return "changes the transaction defaults of the runner's session";
        }
        if (s.startsWith("RESET", "ALL")) {
            return "resets every setting of the runner's session, its lock_timeout and statement_timeout included";
        }
        if (s.startsWith("DISCARD")) {
            return "discards the state of the runner's session";
        }
        return null;
    }

    /**
     * Whether a {@code DO} block's body (a dollar-quoted or plain string, read again with {@link SqlLexer}) calls
     * {@code pg_advisory_unlock} or {@code pg_advisory_unlock_all}: the name, then {@code (} after any white space or
     * comments.
     */
    private static boolean unlocksInBody(String sql) {
        for (SqlToken body : SqlLexer.lenient(sql)) {
            if (body.kind() != SqlToken.Kind.DOLLAR_STRING && body.kind() != SqlToken.Kind.STRING) {
                continue;
            }
            List<SqlToken> tokens = SqlLexer.lenient(inside(body)).stream().filter(t -> !t.isTrivia()).toList();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if ((tokens.get(i).isWord("pg_advisory_unlock") || tokens.get(i).isWord("pg_advisory_unlock_all"))
                        && tokens.get(i + 1).is('(')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of a string or dollar-quoted string between its delimiters. */
    private static String inside(SqlToken string) {
        String text = string.text();
        String open = string.kind() == SqlToken.Kind.DOLLAR_STRING ? text.substring(0, text.indexOf('$', 1) + 1)
                : text.substring(0, text.indexOf('\'') + 1);
        int end = string.complete() ? text.length() - (string.kind() == SqlToken.Kind.DOLLAR_STRING ? open.length()
                : 1) : text.length();
        return text.substring(open.length(), Math.max(open.length(), end));
    }

    /** {@code SET words...} or {@code SET SESSION | LOCAL words...}. */
    private static boolean isSet(SqlStatement s, String... words) {
        List<String> tokens = s.leadingTokens();
        return s.startsWith("SET") && (matchesAt(tokens, 1, words)
                || tokens.size() > 1 && (tokens.get(1).equals("SESSION") || tokens.get(1).equals("LOCAL"))
                && matchesAt(tokens, 2, words));
    }

    private static boolean matchesAt(List<String> tokens, int at, String... words) {
        for (int i = 0; i < words.length; i++) {
            if (at + i >= tokens.size() || !tokens.get(at + i).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** The statement's first words for a message, such as {@code COMMIT} or {@code SET ROLE admin}. */
    public String shown() {
        String first = statement.firstLine();
        return first.length() <= 60 ? first : first.substring(0, 60).strip() + "...";
    }
}
