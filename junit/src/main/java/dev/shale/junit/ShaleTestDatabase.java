package dev.shale.junit;

import dev.shale.api.DatabaseUrl;
import dev.shale.junit.internal.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The fresh database a {@link ShaleDatabase} test gets: its name, its URL, a {@link DataSource} and new connections
 * to it, and the template it was copied from. Connections from {@link #connect()} are closed when the database is
 * dropped.
 */
public final class ShaleTestDatabase {

    private final String name;
    private final String template;
    private final String server;
    private final DatabaseUrl url;
    private final DataSource dataSource;
    private final List<Connection> connections = new ArrayList<>();

    ShaleTestDatabase(String name, String template, String server, DatabaseUrl url) {
        this.name = Objects.requireNonNull(name, "name");
        this.template = Objects.requireNonNull(template, "template");
        this.server = Objects.requireNonNull(server, "server");
        this.url = Objects.requireNonNull(url, "url");
        this.dataSource = Jdbc.dataSource(url);
    }

    /** The database's name, such as {@code shale_test_3f9a0c1d2b4e5f60}. */
    public String name() {
        return name;
    }

    /** The JDBC URL, with the user and (when the server needs one) the password as parameters. */
    public String url() {
        return Jdbc.fullUrl(url);
    }

    /** A data source without a pool: each {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A new connection, closed at the latest when the database is dropped. */
    public synchronized Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        connections.add(connection);
        return connection;
    }

    /** The template database this one was copied from, {@code shale_tpl_<fingerprint of the migrations>}. */
    public String templateName() {
        return template;
    }

    /** Which server holds it, for messages. */
    public String server() {
        return server;
    }

    /** Closes the connections {@link #connect()} opened. */
    synchronized void closeConnections() {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the database is dropped next, which ends the session anyway
            }
        }
        connections.clear();
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }
}
