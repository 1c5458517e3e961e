package dev.shale.roundtrip;

import dev.shale.diff.MigrationPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Decides, before one direction of a migration runs on a database holding rows, whether that direction must be
 * refused because of the rows (NULLs before SET NOT NULL, duplicates before a unique key, values a cast rejects,
 * ...): what {@code migrate} and {@code rollback} check before they change anything. The round trip asks it
 * before the up and before the down; {@link DataGates#active()} says which gate that is.
 */
@FunctionalInterface
public interface DataGate {

    /** Which way the migration is about to run. */
    enum Direction {
        UP, DOWN;

        /** {@code up} or {@code down}, as in messages. */
        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Why a direction is refused, in the words a user would read; {@code cutsValues} when what it prevents is a
     * conversion that would apply but change values (cut, round), rather than a statement that would fail.
     */
    record Refusal(String message, boolean cutsValues) {
        /** A refusal of a direction that would fail. */
        public Refusal(String message) {
            this(message, false);
        }
    }

    /**
     * Empty to let {@code direction} of {@code plan} run on the database behind {@code connection}; otherwise the
     * refusal. Must not change the database.
     */
    Optional<Refusal> refusal(MigrationPlan plan, Direction direction, Connection connection) throws SQLException;
}
