package dev.shale.migrations.runner.errors;

import dev.shale.api.DatabaseError;
import dev.shale.api.DatabaseException;
import dev.shale.api.ErrorClass;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Classifies a JDBC failure by SQLSTATE and extracts PostgreSQL's message, detail, hint and position. */
public final class ErrorClassifier {

    private static final Set<String> LOST = Set.of("08006", "08003", "57P01");
    /** The driver's "Invalid sslmode value: x" (also gssEncMode, targetServerType, ...). */
    private static final Pattern DRIVER_PARAMETER = Pattern.compile("invalid [a-z]+ value: ");
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
        ErrorClass connection = connectionClass(e, state);
        if (connection != null || state == null) {
            return connection != null ? connection : ErrorClass.OTHER;
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

    /**
     * The class of a failure to open a connection: as {@link #classify}, except that an error of the
     * session's start-up (an invalid value, an unknown setting in {@code options}) is the URL's
     * {@link ErrorClass#BAD_URL_PARAMETER}, since no statement has run yet.
     */
    public static ErrorClass classifyConnect(SQLException e) {
        ErrorClass errorClass = classify(e, false);
        String state = String.valueOf(e.getSQLState());
        boolean startup = state.startsWith("22") || state.startsWith("42");
        return startup && errorClass != ErrorClass.PERMISSION ? ErrorClass.BAD_URL_PARAMETER : errorClass;
    }

    /**
     * Whether retrying to connect may help: only for {@link ErrorClass#CONNECTION_REFUSED} (the server is
     * down or still starting), never for a host that does not resolve, a refused password or parameter.
     */
    public static boolean isRetryable(SQLException e) {
        return classifyConnect(e) == ErrorClass.CONNECTION_REFUSED;
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
        return failure(context, e, redactor, classify(e, timedOut));
    }

    /** As {@link #failure(String, SQLException, Redactor, boolean)}, with the class the caller found. */
    public static DatabaseException failure(String context, SQLException e, Redactor redactor, ErrorClass errorClass) {
        DatabaseError error = describe(e, redactor);
        String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
        return new DatabaseException(redactor.redact(context) + ": " + error.message() + state + ". " + errorClass
                + ": " + errorClass.hint() + ".", errorClass, error, e);
    }

    /** The connection class of a failure by its causes, message and SQLSTATE, or null when it is none. */
    private static ErrorClass connectionClass(SQLException e, String state) {
        if (state != null && !state.startsWith("08") && !state.startsWith("57P") && !state.equals("22023")) {
            return null;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (has(e, UnknownHostException.class)) {
            return ErrorClass.UNKNOWN_HOST;
        }
        if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class)
                || has(e, SocketTimeoutException.class) && !LOST.contains(state)) {
            return ErrorClass.CONNECTION_REFUSED;
        }
        if (message.contains("does not support ssl")) {
            return ErrorClass.SSL_REFUSED;
        }
        if (message.contains("no password was provided")) {
            return ErrorClass.NO_PASSWORD;
        }
        if (DRIVER_PARAMETER.matcher(message).lookingAt() || message.contains("parameter value must be")
                || message.contains("using the requested protocol") || message.contains("could not be instantiated")) {
            return ErrorClass.BAD_URL_PARAMETER;
        }
        if ("08P01".equals(state) || "08001".equals(state) && has(e, EOFException.class)
                || message.contains("setting up the ssl connection")
                || message.contains("protocol error")) {
            return ErrorClass.PROTOCOL;
        }
        if ("57P02".equals(state) || message.contains("shutting down") || message.contains("shutdown")) {
            return ErrorClass.SERVER_SHUTDOWN;
        }
        if (LOST.contains(state)) {
            return ErrorClass.CONNECTION_LOST;
        }
        return state != null && (state.startsWith("08") || state.equals("57P03")) ? ErrorClass.CONNECTION_REFUSED : null;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
