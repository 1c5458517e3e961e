package dev.shale.junit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.junit.ShaleDatabase;
import dev.shale.junit.ShaleDatabase.Server;
import dev.shale.junit.ShaleTestDatabaseException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which server an annotation gets from its attributes, the system properties and the environment. */
class ServersTest {

    private static final String PROPERTY_URL = "jdbc:postgresql://from-property/postgres?user=p";
    private static final String VARIABLE_URL = "jdbc:postgresql://from-variable/postgres?user=v";

    @ShaleDatabase
    private static final class Auto {
    }

    @ShaleDatabase(url = "jdbc:postgresql://from-attribute/postgres?user=a")
    private static final class WithUrl {
    }

    @ShaleDatabase(server = Server.EMBEDDED)
    private static final class Embedded {
    }

    @ShaleDatabase(server = Server.URL)
    private static final class UrlOnly {
    }

    @Test
    void autoIsEmbeddedWhenNothingIsConfigured() {
        assertEquals(Server.EMBEDDED, servers(Map.of(), Map.of()).choose(annotation(Auto.class)));
    }

    @Test
    void aConfiguredUrlWinsOverTheEmbeddedServer() {
        assertEquals(Server.URL, servers(Map.of(), Map.of(Servers.URL_VARIABLE, VARIABLE_URL))
                .choose(annotation(Auto.class)));
    }

    @Test
    void theAttributeWinsOverThePropertyWhichWinsOverTheVariable() {
        Map<String, String> environment = Map.of(Servers.URL_VARIABLE, VARIABLE_URL);
        Map<String, String> properties = Map.of(Servers.URL_PROPERTY, PROPERTY_URL);

        assertEquals("jdbc:postgresql://from-attribute/postgres?user=a",
                servers(properties, environment).resolve(annotation(WithUrl.class)).adminUrl().jdbcUrl());
        assertEquals("jdbc:postgresql://from-property/postgres?user=p",
                servers(properties, environment).resolve(annotation(Auto.class)).adminUrl().jdbcUrl());
        assertEquals("jdbc:postgresql://from-variable/postgres?user=v",
                servers(Map.of(), environment).resolve(annotation(Auto.class)).adminUrl().jdbcUrl());
    }

    @Test
    void anExplicitServerWinsOverAConfiguredUrl() {
        assertEquals(Server.EMBEDDED, servers(Map.of(), Map.of(Servers.URL_VARIABLE, VARIABLE_URL))
                .choose(annotation(Embedded.class)));
    }

    @Test
    void theServerSettingChoosesForAutoWithoutAUrl() {
        assertEquals(Server.TESTCONTAINERS, servers(Map.of(Servers.SERVER_PROPERTY, "Testcontainers"), Map.of())
                .choose(annotation(Auto.class)));
        ShaleTestDatabaseException e = assertThrows(ShaleTestDatabaseException.class,
                () -> servers(Map.of(), Map.of(Servers.SERVER_VARIABLE, "docker")).choose(annotation(Auto.class)));
        assertEquals("shale.test.server / SHALE_TEST_SERVER is \"docker\"; use embedded or testcontainers (or set"
                + " SHALE_TEST_DATABASE_URL for an existing server).", e.getMessage());
    }

    @Test
    void serverUrlWithoutAUrlIsRefused() {
        ShaleTestDatabaseException e = assertThrows(ShaleTestDatabaseException.class,
                () -> servers(Map.of(), Map.of()).choose(annotation(UrlOnly.class)));
        assertTrue(e.getMessage().startsWith("@ShaleDatabase(server = URL) but no URL is configured: set the attribute"
                + " url, the system property shale.test.database-url or the variable SHALE_TEST_DATABASE_URL"),
                e.getMessage());
    }

    private static Servers servers(Map<String, String> properties, Map<String, String> environment) {
        return new Servers(properties::get, environment);
    }

    private static ShaleDatabase annotation(Class<?> type) {
        return type.getAnnotation(ShaleDatabase.class);
    }
}
