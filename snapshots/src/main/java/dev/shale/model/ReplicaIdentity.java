package dev.shale.model;

import java.util.Objects;

/**
 * What a table's rows carry into logical replication to identify an updated or deleted row: {@code DEFAULT} (the
 * primary key), {@code FULL} (the whole row), {@code NOTHING}, or {@code USING INDEX} with {@code index} named.
 */
public record ReplicaIdentity(Kind kind, String index) {

    /** The forms of {@code ALTER TABLE ... REPLICA IDENTITY}. */
    public enum Kind {
        DEFAULT, FULL, NOTHING, INDEX
    }

    /** The primary key, PostgreSQL's default. */
    public static final ReplicaIdentity DEFAULT = new ReplicaIdentity(Kind.DEFAULT, null);
    /** Every column of the old row. */
    public static final ReplicaIdentity FULL = new ReplicaIdentity(Kind.FULL, null);
    /** No old row at all. */
    public static final ReplicaIdentity NOTHING = new ReplicaIdentity(Kind.NOTHING, null);

    public ReplicaIdentity {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.INDEX) != (index != null)) {
            throw new IllegalArgumentException("replica identity " + kind + " must " + (kind == Kind.INDEX ? "" : "not ")
                    + "name an index");
        }
    }

    /** {@code USING INDEX index}: the columns of that unique, non-partial index over NOT NULL columns. */
    public static ReplicaIdentity usingIndex(String index) {
        return new ReplicaIdentity(Kind.INDEX, Objects.requireNonNull(index, "index"));
    }

    /** The clause after {@code REPLICA IDENTITY}: {@code FULL}, {@code USING INDEX "i"}, ... */
    public String sql() {
        return kind == Kind.INDEX ? "USING INDEX " + Identifiers.quote(index) : kind.name();
    }

    /** The snapshot spelling: {@code full}, {@code nothing}, {@code index}; {@code null} for the default. */
    public String snapshotName() {
        return kind == Kind.DEFAULT ? null : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
