package dev.shale.junit.internal;

import dev.shale.api.DatabaseUrl;
import dev.shale.junit.ShaleTestDatabaseException;
import java.util.HashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL containers started through Testcontainers, one per image and JVM. Only loaded when a test asks for
 * {@code server = TESTCONTAINERS}: Testcontainers is an optional dependency of shale-junit.
 */
final class ContainerServer {

    private static final Map<String, ServerEndpoint> STARTED = new HashMap<>();

    private ContainerServer() {
    }

    /** The container of {@code image}, started on the first call; refused when Docker is not available. */
    static synchronized ServerEndpoint shared(String image) {
        ServerEndpoint known = STARTED.get(image);
        if (known != null) {
            return known;
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new ShaleTestDatabaseException("@ShaleDatabase(server = TESTCONTAINERS) needs Docker, and Docker is"
                    + " not available (Testcontainers found no running Docker environment). Start Docker, or choose"
                    + " server = EMBEDDED, or set SHALE_TEST_DATABASE_URL to an existing PostgreSQL server.");
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
                DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new ShaleTestDatabaseException("Could not start the PostgreSQL container " + image + ": "
                    + e.getMessage() + ". Check that Docker can pull or has the image.", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "shale-junit-container-stop"));
        String jdbc = container.getJdbcUrl();
        DatabaseUrl url = DatabaseUrl.parse(jdbc + (jdbc.contains("?") ? "&" : "?") + "user=" + container.getUsername())
                .withPassword(container.getPassword());
        ServerEndpoint endpoint = new ServerEndpoint(url, "the Testcontainers PostgreSQL " + image, false);
        STARTED.put(image, endpoint);
        return endpoint;
    }
}
