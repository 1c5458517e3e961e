package dev.shale.model;

/** When a unique, primary key or foreign key constraint is checked: at each statement, or deferrable to commit. */
public enum Deferrability {
    /** {@code NOT DEFERRABLE}, PostgreSQL's default: checked after each statement, never deferred. */
    NOT_DEFERRABLE(""),
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}: checked after each statement unless a transaction defers it. */
    DEFERRABLE("DEFERRABLE"),
    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit unless a transaction asks for it sooner. */
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferrability(String sql) {
        this.sql = sql;
    }

    /** The clause as written after the constraint; empty for {@link #NOT_DEFERRABLE}. */
    public String sql() {
        return sql;
    }

    /** The snapshot spelling: {@code deferrable} or {@code deferred}; {@code null} for the default. */
    public String snapshotName() {
        return switch (this) {
            case NOT_DEFERRABLE -> null;
            case DEFERRABLE -> "deferrable";
            case INITIALLY_DEFERRED -> "deferred";
        };
    }

    /** The value of a snapshot spelling ({@link #snapshotName()}); {@code null} reads as the default. */
    public static Deferrability ofSnapshotName(String name) {
        if (name == null) {
            return NOT_DEFERRABLE;
        }
        return switch (name) {
            case "deferrable" -> DEFERRABLE;
            case "deferred" -> INITIALLY_DEFERRED;
            default -> throw new IllegalArgumentException("unknown deferrability '" + name
                    + "' (expected deferrable or deferred)");
        };
    }

    /** The value of PostgreSQL's {@code pg_constraint.condeferrable} and {@code condeferred}. */
    public static Deferrability of(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            return NOT_DEFERRABLE;
        }
        return initiallyDeferred ? INITIALLY_DEFERRED : DEFERRABLE;
    }
}
