package dev.shale.migrations.dependents;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * What one statement of a migration does to an existing object, as far as objects that depend on it care: drops a
 * table or a column, changes a column's type, alters a table otherwise, or drops an object Shale does not manage
 * (then those that depended on it are no longer in the way).
 *
 * @param relation the table; for {@link Kind#DROP_INDEX}, {@link Kind#DROP_VIEW} and {@link Kind#DROP_FUNCTION} the
 *     object itself; for {@link Kind#DROP_TABLE_OBJECT} the table the trigger, policy or rule is on
 * @param member the column, or the trigger, policy or rule; {@code null} when the statement is about the whole relation
 */
public record TouchedObject(Kind kind, QualifiedName relation, String member) {

    /** What the statement does. */
    public enum Kind {
        DROP_TABLE, DROP_COLUMN, ALTER_COLUMN_TYPE, ALTER_TABLE, DROP_INDEX, DROP_VIEW, DROP_FUNCTION, DROP_TABLE_OBJECT
    }

    public TouchedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
    }

    /** Whether this takes an object Shale does not manage out of the way. */
    public boolean dropsUnmanaged() {
        return kind == Kind.DROP_VIEW || kind == Kind.DROP_FUNCTION || kind == Kind.DROP_TABLE_OBJECT;
    }

    /** Whether the objects that depend on this one may stop the statement (or be dropped by it). */
    public boolean mayBreakDependents() {
        return kind == Kind.DROP_TABLE || kind == Kind.DROP_COLUMN || kind == Kind.ALTER_COLUMN_TYPE;
    }

    /** {@code column public.users.email} or {@code table public.users}, for messages. */
    public String describe() {
        return member == null ? "table " + relation : "column " + relation + "." + member;
    }

    /** What the statement does to it, after "which FILE ": {@code drops}, {@code changes the type of}. */
    public String verb() {
        return kind == Kind.ALTER_COLUMN_TYPE ? "changes the type of" : "drops";
    }
}
