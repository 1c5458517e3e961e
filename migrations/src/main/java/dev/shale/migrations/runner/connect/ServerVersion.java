package dev.shale.migrations.runner.connect;

import dev.shale.api.UnsupportedServerException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The PostgreSQL version of the server behind a connection, read once on connect from what the server reported
 * at start-up (no query). Shale supports the major versions {@value #MINIMUM_MAJOR} and newer: catalog queries
 * and rendered SQL that depend on the version ask {@link #atLeast(int)}.
 */
public record ServerVersion(int major, int minor, String text) implements Comparable<ServerVersion> {

    /** The oldest major version Shale supports. */
    public static final int MINIMUM_MAJOR = 13;

    public ServerVersion {
        Objects.requireNonNull(text, "text");
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("a version has no negative parts: " + text);
        }
    }

    /** The version of the server behind {@code connection}. */
    public static ServerVersion of(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return new ServerVersion(metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion(),
                metaData.getDatabaseProductVersion());
    }

    /**
     * A version as {@code server_version} spells it: {@code 15.10}, {@code 18.1 (Debian 18.1-1)}, {@code 17beta2},
     * or before PostgreSQL 10 {@code 9.6.24} (major {@code 9.6} is read as 9).
     */
    public static ServerVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip().replaceFirst("^(\\d+)(?:\\.(\\d+))?.*$", "$1 $2").strip();
        if (!digits.matches("\\d+( \\d+)?")) {
            throw new IllegalArgumentException("not a PostgreSQL version: " + text);
        }
        String[] parts = digits.split(" ");
        return new ServerVersion(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                text.strip());
    }

    /** Whether the major version is {@code major} or newer. */
    public boolean atLeast(int major) {
        return this.major >= major;
    }

    /** Whether Shale supports this version. */
    public boolean supported() {
        return atLeast(MINIMUM_MAJOR);
    }

    /**
     * This version, when supported.
     *
     * @throws UnsupportedServerException naming the version and the fix, when it is older than
     *         {@value #MINIMUM_MAJOR}
     */
    public ServerVersion requireSupported(String server) {
        if (supported()) {
            return this;
        }
        throw new UnsupportedServerException(server + " runs PostgreSQL " + text + ", which Shale does not support: it"
                + " needs PostgreSQL " + MINIMUM_MAJOR + " or newer (its catalog queries and SQL use " + MINIMUM_MAJOR
                + "'s features). UNSUPPORTED_VERSION: " + dev.shale.api.ErrorClass.UNSUPPORTED_VERSION.hint() + ".",
                text, MINIMUM_MAJOR);
    }

    /**
     * The version of the server behind {@code connection}, checked supported; the connection is closed when it
     * is not. {@code server} names it in the message (a redacted URL, or "the DataSource's server").
     */
    public static ServerVersion check(Connection connection, String server) throws SQLException {
        try {
            return of(connection).requireSupported(server);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public int compareTo(ServerVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return text;
    }
}
