package dev.shale.migrations.introspect;

import dev.shale.model.QualifiedName;
import java.util.Objects;

/**
 * An object found in an introspected schema that the model does not describe: listed so that a user
 * sees it, never dropped. {@code table} is the table a trigger, policy, rule, exclusion constraint,
 * statistics object or index belongs to, {@code null} for objects of their own; a function's name carries its argument types.
 * A {@link Kind#DETAIL} is a part of a table the model reads that the model does not describe (an identity's
 * {@code CACHE}, a column collation, a {@code DESC} index key, a {@code NOT VALID} constraint, ...): {@code name}
 * is the table and {@code detail} says what, in words; {@code detail} is {@code null} for every other kind.
 */
public record UnmanagedObject(Kind kind, QualifiedName name, String table, String detail) {

    /** What the object is. */
    public enum Kind {
        VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE, PARTITIONED_TABLE, TABLE_PARTITION, COMPOSITE_TYPE, SEQUENCE,
        DOMAIN, RANGE_TYPE, BASE_TYPE, FUNCTION, PROCEDURE, AGGREGATE, WINDOW_FUNCTION,
        TRIGGER, POLICY, RULE, EXCLUSION_CONSTRAINT, EXTENSION, COLLATION,
        /** A {@code CREATE STATISTICS} object; {@code table} is the table it is on. */
        STATISTICS_OBJECT,
        /** A {@code COMMENT ON SCHEMA}: {@code name} is the schema twice ({@code s.s}). */
        SCHEMA_COMMENT,
        /** An index the model cannot describe: another access method, or INCLUDE columns. */
        INDEX,
        /** A detail of a table the model reads, which the model does not describe. */
        DETAIL
    }

    public UnmanagedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == Kind.DETAIL) != (detail != null)) {
            throw new IllegalArgumentException(kind == Kind.DETAIL ? "a detail needs its text" : "only a detail has a text");
        }
    }

    /** An object of its own kind (not a detail). */
    public UnmanagedObject(Kind kind, QualifiedName name, String table) {
        this(kind, name, table, null);
    }

    /** A detail of {@code table}, such as {@code column c: STORAGE PLAIN}. */
    public static UnmanagedObject detail(QualifiedName table, String detail) {
        return new UnmanagedObject(Kind.DETAIL, table, null, Objects.requireNonNull(detail, "detail"));
    }

    /**
     * {@code trigger public.audit on users}, or for a detail {@code table public.users: column c: STORAGE PLAIN},
     * for messages.
     */
    @Override
    public String toString() {
        if (kind == Kind.DETAIL) {
            return "table " + name + ": " + detail;
        }
        if (kind == Kind.SCHEMA_COMMENT) {
            return "comment on schema " + name.schema();
        }
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + name
                + (table == null ? "" : " on " + table);
    }
}
