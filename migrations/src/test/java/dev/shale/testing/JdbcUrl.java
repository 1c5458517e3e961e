package dev.shale.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A PostgreSQL JDBC URL taken apart: {@code jdbc:postgresql://host:port/database?user=u&password=p}.
 * Only the single-host form is understood.
 */
public record JdbcUrl(String host, int port, String database, Map<String, String> parameters) {

    private static final String PREFIX = "jdbc:postgresql://";

    public JdbcUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        parameters = Map.copyOf(parameters);
    }

    /** Parses a URL; fails with a message naming the expected form. */
    public static JdbcUrl parse(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (expected " + PREFIX
                    + "host:port/database?user=...): " + redact(url));
        }
        String rest = url.substring(PREFIX.length());
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (hostPort.contains(",")) {
            throw new IllegalArgumentException("several hosts are not supported: " + redact(url));
        }
        String host = hostPort;
        int port = 5432;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            port = Integer.parseInt(hostPort.substring(colon + 1));
        }
        if (host.isEmpty()) {
            host = "localhost";
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.put(key, value);
        }
        return new JdbcUrl(host, port, database.isEmpty() ? "postgres" : database, parameters);
    }

    /** The same server and parameters, another database. */
    public JdbcUrl withDatabase(String otherDatabase) {
        return new JdbcUrl(host, port, otherDatabase, parameters);
    }

    /** The user name, {@code postgres} when the URL names none. */
    public String user() {
        return parameters.getOrDefault("user", "postgres");
    }

    /** The password, if the URL carries one. */
    public String password() {
        return parameters.get("password");
    }

    /** The libpq environment for this URL: PGHOST, PGPORT, PGUSER, PGDATABASE and PGPASSWORD if known. */
    public Map<String, String> libpqEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PGHOST", host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        environment.put("PGPORT", String.valueOf(port));
        environment.put("PGUSER", user());
        environment.put("PGDATABASE", database);
        if (password() != null) {
            environment.put("PGPASSWORD", password());
        }
        return environment;
    }

    /** The URL with the password replaced by stars, for messages. */
    public String redacted() {
        return redact(toString());
    }

    @Override
    public String toString() {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return PREFIX + host + ":" + port + "/" + encode(database) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
