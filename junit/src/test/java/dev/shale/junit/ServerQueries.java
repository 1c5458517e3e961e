package dev.shale.junit;

import dev.shale.junit.internal.Jdbc;
import dev.shale.junit.internal.ServerEndpoint;
import dev.shale.junit.internal.Servers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the tests ask a server or a database, through plain JDBC. */
final class ServerQueries {

    private ServerQueries() {
    }

    /** The server a default {@code @ShaleDatabase} gets in this JVM (SHALE_TEST_DATABASE_URL when set). */
    static ServerEndpoint defaultServer() {
        return Servers.fromSystem().resolve(Defaults.class.getAnnotation(ShaleDatabase.class));
    }

    /** Whether the server has a database of this name. */
    static boolean exists(ServerEndpoint server, String database) throws SQLException {
        return !column(server, "SELECT datname FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")
                .isEmpty();
    }

    /** The first column of every row of a query on the maintenance database. */
    static List<String> column(ServerEndpoint server, String sql) throws SQLException {
        try (Connection connection = Jdbc.connect(server.adminUrl())) {
            return column(connection, sql);
        }
    }

    /** The first column of every row of a query on a data source's database. */
    static List<String> column(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return column(connection, sql);
        }
    }

    /** The first column of every row of a query. */
    static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Runs one statement on a data source's database. */
    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Carries the default annotation. */
    @ShaleDatabase
    private static final class Defaults {
    }
}
