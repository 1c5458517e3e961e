package dev.shale.junit.internal;

import dev.shale.api.DatabaseUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Connections, data sources and self-contained URL strings for a {@link DatabaseUrl}. */
public final class Jdbc {

    private Jdbc() {
    }

    /** A new connection. */
    public static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.connectionProperties());
    }

    /** A data source without a pool: each {@code getConnection()} opens a new connection. */
    public static DataSource dataSource(DatabaseUrl url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url.jdbcUrl());
        url.user().ifPresent(dataSource::setUser);
        url.password().ifPresent(dataSource::setPassword);
        return dataSource;
    }

    /** The JDBC URL with the user and the password (when known) as parameters, for code that takes one string. */
    public static String fullUrl(DatabaseUrl url) {
        StringBuilder text = new StringBuilder(url.jdbcUrl());
        String query = text.indexOf("?") < 0 ? "" : text.substring(text.indexOf("?") + 1);
        char separator = text.indexOf("?") < 0 ? '?' : '&';
        if (url.user().isPresent() && !hasParameter(query, "user")) {
            text.append(separator).append("user=").append(encode(url.user().get()));
            separator = '&';
        }
        if (url.password().isPresent()) {
            text.append(separator).append("password=").append(encode(url.password().get()));
        }
        return text.toString();
    }

    /** A PostgreSQL identifier in double quotes. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static boolean hasParameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.equals(name) || pair.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
