package dev.shale.migrations.runner.errors;

import dev.shale.api.DatabaseError;
import dev.shale.api.DatabaseException;
import dev.shale.api.ErrorClass;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Classifies a JDBC failure by SQLSTATE and extracts PostgreSQL's message, detail, hint and position. */
public final class ErrorClassifier {

    private static final Set<String> CONNECTION = Set.of("08001", "08006", "08004", "08003", "08000", "57P03");
    private static final Set<String> AUTHENTICATION = Set.of("28P01", "28000");
    private static final Set<String> OBJECT_EXISTS = Set.of("42P07", "42710", "42701", "42P06", "42723", "42P04");
    private static final Set<String> UNDEFINED = Set.of("42P01", "42703", "42704", "42883", "3F000", "42P02");
    private static final Set<String> DEPENDENCY = Set.of("2BP01", "23503");

    private ErrorClassifier() {
    }

    /**
     * The class of a failure. {@code runTimedOut} says that the run's watchdog had fired, which turns a
     * cancellation into {@link ErrorClass#RUN_TIMEOUT}.
     */
    public static ErrorClass classify(SQLException e, boolean runTimedOut) {
        String state = e.getSQLState();
        if (runTimedOut && (state == null || state.equals("57014") || state.startsWith("08"))) {
            return ErrorClass.RUN_TIMEOUT;
        }
        if (state == null) {
            return hasNetworkCause(e) ? ErrorClass.CONNECTION_REFUSED : ErrorClass.OTHER;
        }
        if (CONNECTION.contains(state) || state.startsWith("08")) {
            return ErrorClass.CONNECTION_REFUSED;
        }
        if (AUTHENTICATION.contains(state)) {
            return ErrorClass.AUTHENTICATION;
        }
        if (state.equals("3D000")) {
            return ErrorClass.DATABASE_MISSING;
        }
        if (state.equals("55P03")) {
            return ErrorClass.LOCK_TIMEOUT;
        }
        if (state.equals("57014")) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("statement timeout") ? ErrorClass.STATEMENT_TIMEOUT
                    : message.contains("lock timeout") ? ErrorClass.LOCK_TIMEOUT : ErrorClass.OTHER;
        }
        if (OBJECT_EXISTS.contains(state)) {
            return ErrorClass.OBJECT_EXISTS;
        }
        if (UNDEFINED.contains(state)) {
            return ErrorClass.UNDEFINED_OBJECT;
        }
        if (DEPENDENCY.contains(state)) {
            return ErrorClass.DEPENDENCY;
        }
        if (state.equals("42501")) {
            return ErrorClass.PERMISSION;
        }
        if (state.equals("25001")) {
            return ErrorClass.TRANSACTION_BLOCK;
        }
        if (state.startsWith("23")) {
            return ErrorClass.CONSTRAINT_VIOLATION;
        }
        if (state.startsWith("42")) {
            return ErrorClass.SYNTAX;
        }
        return ErrorClass.OTHER;
    }

    /** Whether retrying to connect may help: only for {@link ErrorClass#CONNECTION_REFUSED}. */
    public static boolean isRetryable(SQLException e) {
        return classify(e, false) == ErrorClass.CONNECTION_REFUSED;
    }

    /** What PostgreSQL (or the driver) said, redacted. */
    public static DatabaseError describe(SQLException e, Redactor redactor) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            String message = server.getMessage() != null ? server.getMessage() : String.valueOf(e.getMessage());
            return new DatabaseError(e.getSQLState(), redactor.redact(message), redactor.redact(server.getDetail()),
                    redactor.redact(server.getHint()), server.getPosition());
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new DatabaseError(e.getSQLState(), redactor.redact(message), null, null, 0);
    }

    /**
     * A failure outside a migration's statements as one exception: {@code context}, PostgreSQL's message and
     * SQLSTATE, the class and its hint; classified, and redacted with {@code redactor}.
     */
    public static DatabaseException failure(String context, SQLException e, Redactor redactor, boolean timedOut) {
        DatabaseError error = describe(e, redactor);
        ErrorClass errorClass = classify(e, timedOut);
        String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
        return new DatabaseException(redactor.redact(context) + ": " + error.message() + state + ". " + errorClass
                + ": " + errorClass.hint() + ".", errorClass, error, e);
    }

    private static boolean hasNetworkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
