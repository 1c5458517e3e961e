package dev.shale.migrations.runner.lock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The migration lock: a session-level PostgreSQL advisory lock whose key is the first 8 bytes of the
 * SHA-256 of {@code shale:<qualified history table>}, so every runner on one history table (and only
 * those) serialise. It is taken with {@code pg_try_advisory_lock} in autocommit on the connection that
 * runs the migrations: no transaction is held while waiting or migrating, so {@code CREATE INDEX
 * CONCURRENTLY} never waits on the runner itself (Flyway's known hang). In {@code pg_locks} it shows
 * as an advisory lock with {@code classid} = key's high 32 bits, {@code objid} = low 32 bits,
 * {@code objsubid} = 1.
 */
public final class AdvisoryLock {

    private static final long FIRST_DELAY_MS = 25;
    private static final long MAX_DELAY_MS = 1000;

    private final long key;

    public AdvisoryLock(String qualifiedHistoryTable) {
        this.key = keyOf(qualifiedHistoryTable);
    }

    /** The lock key. */
    public long key() {
        return key;
    }

    /** The key for a qualified history table name. */
    public static long keyOf(String qualifiedHistoryTable) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("shale:" + Objects.requireNonNull(qualifiedHistoryTable)).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The outcome of {@link #acquire}. */
    public enum Outcome { ACQUIRED, WAIT_EXCEEDED, INTERRUPTED }

    /**
     * Tries to take the lock until {@code waitMillis} has passed, sleeping 25 ms, then twice as long each
     * time up to 1 s between attempts. The connection must be in autocommit.
     */
    public Outcome acquire(Connection connection, long waitMillis) throws SQLException {
        long start = System.nanoTime();
        long delay = FIRST_DELAY_MS;
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            while (true) {
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        return Outcome.ACQUIRED;
                    }
                }
                long waited = (System.nanoTime() - start) / 1_000_000;
                long left = waitMillis - waited;
                if (left <= 0) {
                    return Outcome.WAIT_EXCEEDED;
                }
                try {
                    Thread.sleep(Math.min(delay, left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Outcome.INTERRUPTED;
                }
                delay = Math.min(delay * 2, MAX_DELAY_MS);
            }
        }
    }

    /** Releases the lock; false when this session did not hold it. */
    public boolean release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The process id of the session holding the lock now, if any (for messages). */
    public OptionalInt holder(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pid FROM pg_locks"
                + " WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database"
                + " WHERE datname = current_database()) AND classid = ?::bigint::oid AND objid = ?::bigint::oid"
                + " AND objsubid = 1 LIMIT 1")) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        } catch (SQLException e) {
            return OptionalInt.empty();
        }
    }
}
