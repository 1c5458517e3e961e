package dev.shale.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.Driver;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * A database to connect to by URL, as the CLI does: {@code jdbc:postgresql://host:port/db?user=u} or a
 * libpq URI {@code postgresql://user:password@host:port/db?sslmode=require}. The password comes from
 * the URL, or (see {@link #withPasswordFrom}) from {@code PGPASSWORD} or the {@code .pgpass} file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}). {@link #toString()} never shows it.
 */
public final class DatabaseUrl {

    /** Where the password came from. */
    public enum PasswordSource { NONE, URL, EXPLICIT, PGPASSWORD, PGPASS }

    private static final String EXPECTED = "expected jdbc:postgresql://host:port/database?user=NAME or"
            + " postgresql://user@host:port/database";
    private static final Pattern SCHEME = Pattern.compile("(?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{0,20}:(?://)?");

    private final String jdbcUrl;
    private final String host;
    private final String port;
    private final String database;
    private final String user;
    private final String password;
    private final PasswordSource passwordSource;

    private DatabaseUrl(String jdbcUrl, String host, String port, String database, String user, String password,
            PasswordSource passwordSource) {
        this.jdbcUrl = jdbcUrl;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.passwordSource = password == null ? PasswordSource.NONE : passwordSource;
    }

    /**
     * Parses a JDBC URL or a {@code postgres://} / {@code postgresql://} URI.
     *
     * @throws IllegalArgumentException saying why and naming the expected forms; the message never shows
     *     the URL, only its scheme, since an unreadable URL may hold a password anywhere
     */
    public static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.trim();
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            return parseUri(trimmed);
        }
        if (!trimmed.startsWith("jdbc:postgresql:")) {
            Matcher scheme = SCHEME.matcher(trimmed);
            throw invalid(scheme.lookingAt() ? "it starts with " + scheme.group() + ", not jdbc:postgresql: or"
                    + " postgresql://" : "it does not start with jdbc:postgresql: or postgresql://");
        }
        Properties parsed = Driver.parseURL(trimmed, new Properties());
        if (parsed == null) {
            throw invalid("the PostgreSQL driver cannot read it: check the port (1 to 65535) and that every % in"
                    + " a parameter starts a %XX escape (%25 for % itself)");
        }
        // the driver also fills in a password from .pgpass: keep only one written in the URL
        String stripped = withoutPassword(trimmed);
        String password = stripped.equals(trimmed) ? null : parsed.getProperty("password");
        return new DatabaseUrl(stripped, parsed.getProperty("PGHOST", "localhost"),
                parsed.getProperty("PGPORT", "5432"), parsed.getProperty("PGDBNAME", ""), parsed.getProperty("user"),
                password, PasswordSource.URL);
    }

    private static DatabaseUrl parseUri(String url) {
        String unencoded = UrlSecrets.unencodedUserInfo(url);
        if (unencoded != null) {
            throw invalid(unencoded);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("it is not a valid URI: characters such as spaces, quotes, # and a % that starts no"
                    + " %XX escape must be percent-encoded");
        }
        if (uri.getHost() == null) {
            throw invalid("it names no host, or its port is not a number");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("it has a # part, which a database URL cannot have; write # in a password as %23");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decodeUri(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decodeUri(info.substring(colon + 1));
        }
        String database = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? ""
                : decodeUri(uri.getRawPath().substring(1));
        String port = uri.getPort() < 0 ? "5432" : String.valueOf(uri.getPort());
        List<String> parameters = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String key = decodeUri(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
                String value = pair.contains("=") ? decodeUri(pair.substring(pair.indexOf('=') + 1)) : "";
                if (key.equals("password")) {
                    password = value;
                } else if (key.equals("user")) {
                    user = value;
                } else if (!key.isEmpty()) {
                    parameters.add(encode(key) + "=" + encode(value));
                }
            }
        }
        if (user != null) {
            parameters.add(0, "user=" + encode(user));
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + encode(database)
                + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
        return new DatabaseUrl(jdbc, uri.getHost(), port, database, user, password, PasswordSource.URL);
    }

    /** The same URL with this password (from a prompt or a secret store). */
    public DatabaseUrl withPassword(String newPassword) {
        return new DatabaseUrl(jdbcUrl, host, port, database, user, Objects.requireNonNull(newPassword, "password"),
                PasswordSource.EXPLICIT);
    }

    /**
     * When the URL has no password: {@code PGPASSWORD} from {@code environment}, else the matching
     * line of the {@code .pgpass} file (as libpq and the driver read it); otherwise this URL unchanged.
     */
    public DatabaseUrl withPasswordFrom(Map<String, String> environment) {
        if (password != null) {
            return this;
        }
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return new DatabaseUrl(jdbcUrl, host, port, database, user, fromEnvironment, PasswordSource.PGPASSWORD);
        }
        if (!host.contains(",")) {
            String fromFile = PgPassParser.getPassword(host, port, database, effectiveUser());
            if (fromFile != null) {
                return new DatabaseUrl(jdbcUrl, host, port, database, user, fromFile, PasswordSource.PGPASS);
            }
        }
        return this;
    }

    /**
     * The same server, user, password and parameters, with another database, such as one just created
     * on the server of this URL.
     */
    public DatabaseUrl withDatabase(String name) {
        Objects.requireNonNull(name, "name");
        String prefix = "jdbc:postgresql:";
        String rest = jdbcUrl.substring(prefix.length());
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question);
        String body = question < 0 ? rest : rest.substring(0, question);
        if (body.startsWith("//")) {
            int slash = body.indexOf('/', 2);
            body = (slash < 0 ? body : body.substring(0, slash)) + "/" + encode(name);
        } else {
            body = encode(name);
        }
        return new DatabaseUrl(prefix + body + query, host, port, name, user, password, passwordSource);
    }

    /** The JDBC URL without its password; give {@link #connectionProperties()} with it. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The host (several, comma-separated, for a multi-host URL). */
    public String host() {
        return host;
    }

    /** The port (several, comma-separated, for a multi-host URL). */
    public String port() {
        return port;
    }

    /** The database name; empty when the URL names none (the server then uses the user's name). */
    public String database() {
        return database;
    }

    /** The user the URL names, if any. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The password, if known; never print it. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** Where the password came from. */
    public PasswordSource passwordSource() {
        return passwordSource;
    }

    /** The user and password as driver properties, to pass with {@link #jdbcUrl()}. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /**
     * The libpq environment for tools such as {@code pg_dump}: {@code PGHOST}, {@code PGPORT},
     * {@code PGDATABASE}, {@code PGUSER} and {@code PGPASSWORD} when known, so no secret goes on a
     * command line.
     */
    public Map<String, String> libpqEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PGHOST", host.replace("[", "").replace("]", ""));
        environment.put("PGPORT", port);
        if (!database.isEmpty()) {
            environment.put("PGDATABASE", database);
        }
        environment.put("PGUSER", effectiveUser());
        if (password != null) {
            environment.put("PGPASSWORD", password);
        }
        return environment;
    }

    /** Text this URL must never show: the password, when there is one. */
    public List<String> secrets() {
        return password == null ? List.of() : List.of(password);
    }

    /** The URL with any password replaced by {@code ***}. */
    public String redacted() {
        return redact(jdbcUrl);
    }

    /**
     * {@code text} with {@code password=...} parameters (to the next {@code &} or the line's end) and the
     * password of {@code user:password@} parts (to the line's last {@code @}) starred; it over-redacts
     * rather than leaks.
     */
    public static String redact(String text) {
        return UrlSecrets.redact(text);
    }

    /**
     * Every text of a URL, readable or not, that may be a password, as written and percent-decoded, for a
     * redactor to remove wherever it appears.
     */
    public static List<String> secretsIn(String url) {
        return UrlSecrets.secretsIn(url);
    }

    /** The redacted URL. */
    @Override
    public String toString() {
        return redacted();
    }

    private String effectiveUser() {
        return user != null ? user : System.getProperty("user.name", "postgres");
    }

    private static String withoutPassword(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(question + 1).split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!decodeOrKeep(key).equals("password") && !pair.isEmpty()) {
                kept.add(pair);
            }
        }
        return url.substring(0, question) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("the database URL (not shown: it may hold a password) cannot be read: "
                + why + "; " + EXPECTED);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String decodeOrKeep(String text) {
        try {
            return decode(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** A URI part decoded as libpq does: {@code %XX} escapes only, a {@code +} stays a plus. */
    private static String decodeUri(String text) {
        return decode(text.replace("+", "%2B"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
