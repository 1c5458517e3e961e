package dev.shale.diff;

import dev.shale.model.QualifiedName;
import dev.shale.model.RenameHints;

/**
 * A table moved to another schema owns a sequence (a {@code serial} column's) whose name a relation of that schema
 * already has: {@code ALTER TABLE ... SET SCHEMA} moves the sequence along and PostgreSQL refuses the name, so Shale
 * refuses first.
 */
public final class MovedSequenceNameTakenException extends RuntimeException {

    private final String declaredAt;
    private final QualifiedName sequence;
    private final QualifiedName to;

    /**
     * @param declaredAt where the rename was declared: a record, or the option as typed
     * @param annotation the hint as a user wrote it
     * @param sequence   the sequence the table owns, by its name before the move
     */
    public MovedSequenceNameTakenException(String declaredAt, String annotation, QualifiedName from, QualifiedName to,
            QualifiedName sequence) {
        super(annotation + " moves table " + from + " to schema " + to.schema() + ", which already has a relation"
                + " named " + sequence.name() + ": PostgreSQL moves the sequence " + sequence + " that the table owns"
                + " along, and refuses the name");
        this.declaredAt = declaredAt;
        this.sequence = sequence;
        this.to = to;
    }

    /** Where the rename was declared: {@code com.example.User}, or the option as typed. */
    public String declaredAt() {
        return declaredAt;
    }

    /** What to do instead. */
    public String fix() {
        return "rename the sequence first (ALTER SEQUENCE " + sequence.sql() + " RENAME TO ...), or the relation "
                + new QualifiedName(to.schema(), sequence.name()).sql() + ", in a migration of its own, then "
                + (RenameHints.fromOption(declaredAt) ? "diff again" : "generate the move");
    }
}
