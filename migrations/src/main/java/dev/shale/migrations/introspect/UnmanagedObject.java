package dev.shale.migrations.introspect;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * An object found in an introspected schema that the model does not describe: listed so that a user
 * sees it, never dropped. {@code table} is the table a trigger, policy, rule or exclusion constraint
 * or index belongs to, {@code null} for objects of their own; a function's name carries its argument types.
 */
public record UnmanagedObject(Kind kind, QualifiedName name, String table) {

    /** What the object is. */
    public enum Kind {
        VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE, PARTITIONED_TABLE, TABLE_PARTITION, COMPOSITE_TYPE, SEQUENCE,
        DOMAIN, RANGE_TYPE, BASE_TYPE, FUNCTION, PROCEDURE, AGGREGATE, WINDOW_FUNCTION,
        TRIGGER, POLICY, RULE, EXCLUSION_CONSTRAINT, EXTENSION,
        /** An index the model cannot describe: another access method, or INCLUDE columns. */
        INDEX
    }

    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** {@code trigger public.audit on users}, for messages. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + name
                + (table == null ? "" : " on " + table);
    }
}
