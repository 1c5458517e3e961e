package dev.shale.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration (or a down migration) failed while it ran: names its file, the statement (index,
 * line, first line), PostgreSQL's message, detail, hint and position, the SQLSTATE and the
 * {@link ErrorClass} with its recovery hint. {@link #committedVersions()} lists what this run had
 * already committed before the failure (empty in the default one-transaction mode, unless the batch
 * holds a non-transactional migration or an enum value addition).
 */
public final class MigrationFailedException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String version;
    private final transient FailedStatement statement;
    private final List<String> committedVersions;
    private final String hint;

    public MigrationFailedException(String message, ErrorClass errorClass, DatabaseError error, String file,
            String version, FailedStatement statement, List<String> committedVersions, Throwable cause) {
        this(message, errorClass, errorClass.hint(), error, file, version, statement, committedVersions, cause);
    }

    /** As the other constructor, with a recovery hint of its own instead of the class's. */
    public MigrationFailedException(String message, ErrorClass errorClass, String hint, DatabaseError error,
            String file, String version, FailedStatement statement, List<String> committedVersions, Throwable cause) {
        super(message, errorClass, error, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.version = Objects.requireNonNull(version, "version");
        this.statement = statement;
        this.committedVersions = List.copyOf(committedVersions);
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /**
     * What to do: the class's hint, or for {@link ErrorClass#OBJECT_EXISTS} in a migration that commits part of its
     * work before it is recorded (outside a transaction, or after an enum value addition), one that says an earlier
     * interrupted run may have left the object and how to record or redo it.
     */
    @Override
    public String hint() {
        return hint;
    }

    /** The migration file, relative to the project ({@code migrations/20261121093000_create_users.sql}). */
    public String file() {
        return file;
    }

    /** The migration's version. */
    public String version() {
        return version;
    }

    /** The statement that failed; empty when the failure came while recording or committing. */
    public Optional<FailedStatement> statement() {
        return Optional.ofNullable(statement);
    }

    /** Versions this run committed before the failure, in order; they stay applied and recorded. */
    public List<String> committedVersions() {
        return committedVersions;
    }
}
