package dev.shale.junit.internal;

import dev.shale.api.DatabaseUrl;
import dev.shale.junit.ShaleDatabase;
import dev.shale.junit.ShaleTestDatabaseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses the server of a {@link ShaleDatabase}: an explicit {@code server} wins; for {@code AUTO}, a configured URL
 * (attribute, then system property {@code shale.test.database-url}, then variable {@code SHALE_TEST_DATABASE_URL}),
 * else {@code shale.test.server} / {@code SHALE_TEST_SERVER}, else the embedded server.
 */
public final class Servers {

    /** The system property naming an existing server. */
    public static final String URL_PROPERTY = "shale.test.database-url";
    /** The environment variable naming an existing server. */
    public static final String URL_VARIABLE = "SHALE_TEST_DATABASE_URL";
    /** The system property choosing the server for {@code AUTO} when no URL is configured. */
    public static final String SERVER_PROPERTY = "shale.test.server";
    /** The environment variable choosing the server for {@code AUTO} when no URL is configured. */
    public static final String SERVER_VARIABLE = "SHALE_TEST_SERVER";

    private final Function<String, String> properties;
    private final Map<String, String> environment;

    Servers(Function<String, String> properties, Map<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** Servers configured by this JVM's system properties and environment. */
    public static Servers fromSystem() {
        return new Servers(System::getProperty, System.getenv());
    }

    /** The server of {@code annotation}, started when it is this JVM's own. */
    public ServerEndpoint resolve(ShaleDatabase annotation) {
        return switch (choose(annotation)) {
            case EMBEDDED -> EmbeddedServer.shared();
            case URL -> external(configuredUrl(annotation));
            case TESTCONTAINERS -> containers(annotation.image());
            case AUTO -> throw new IllegalStateException("choose() never answers AUTO");
        };
    }

    /** Which server {@code annotation} gets, without starting anything. */
    public ShaleDatabase.Server choose(ShaleDatabase annotation) {
        ShaleDatabase.Server server = annotation.server();
        if (server == ShaleDatabase.Server.URL && configuredUrl(annotation) == null) {
            throw new ShaleTestDatabaseException("@ShaleDatabase(server = URL) but no URL is configured: set the"
                    + " attribute url, the system property " + URL_PROPERTY + " or the variable " + URL_VARIABLE
                    + " to a JDBC URL such as jdbc:postgresql://localhost:5432/postgres?user=postgres.");
        }
        if (server != ShaleDatabase.Server.AUTO) {
            return server;
        }
        if (configuredUrl(annotation) != null) {
            return ShaleDatabase.Server.URL;
        }
        String named = setting(SERVER_PROPERTY, SERVER_VARIABLE);
        if (named == null) {
            return ShaleDatabase.Server.EMBEDDED;
        }
        return switch (named.trim().toLowerCase(Locale.ROOT)) {
            case "embedded" -> ShaleDatabase.Server.EMBEDDED;
            case "testcontainers" -> ShaleDatabase.Server.TESTCONTAINERS;
            default -> throw new ShaleTestDatabaseException(SERVER_PROPERTY + " / " + SERVER_VARIABLE + " is \""
                    + named + "\"; use embedded or testcontainers (or set " + URL_VARIABLE + " for an existing server).");
        };
    }

    private String configuredUrl(ShaleDatabase annotation) {
        if (!annotation.url().isBlank()) {
            return annotation.url().trim();
        }
        return setting(URL_PROPERTY, URL_VARIABLE);
    }

    private String setting(String property, String variable) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private ServerEndpoint external(String url) {
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new ShaleTestDatabaseException("The test database URL is not usable: " + e.getMessage(), e);
        }
        parsed = parsed.withPasswordFrom(environment);
        return new ServerEndpoint(parsed, "the PostgreSQL server at " + parsed.redacted(), true);
    }

    private static ServerEndpoint containers(String image) {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, Servers.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ShaleTestDatabaseException("@ShaleDatabase(server = TESTCONTAINERS) needs Testcontainers on the"
                    + " test class path: add the test dependency org.testcontainers:postgresql.", e);
        }
        return ContainerServer.shared(image);
    }
}
