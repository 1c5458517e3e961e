package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.loader.net.protocol.Handlers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Migrations packaged in an executable jar ({@code java -jar app.jar}): Spring Boot's launcher puts
 * {@code BOOT-INF/classes/} on the class path as a {@code jar:nested:} URL, which Shale lists like any jar.
 */
class ShaleExecutableJarTest {

    @TempDir
    Path temp;

    @Test
    void migrationsAreReadFromBootInfClassesOfAnExecutableJar() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/packaged/",
                    "BOOT-INF/classes/packaged/db/", "BOOT-INF/classes/packaged/db/shale/")) {
                jarOut.putNextEntry(new JarEntry(folder));
                jarOut.closeEntry();
            }
            for (String name : List.of("20261201090000_create_customers.sql", "20261201090100_seed_customers.sql",
                    "20261201090200_create_orders.sql", "shale.sum")) {
                jarOut.putNextEntry(new JarEntry("BOOT-INF/classes/packaged/db/shale/" + name));
                try (InputStream in = getClass().getResourceAsStream("/db/shale/" + name)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
        Handlers.register();
        URL classes = URI.create("jar:nested:" + jar.toAbsolutePath() + "/!BOOT-INF/classes/!/").toURL();
        try (TestDatabase db = TestDatabase.create();
                URLClassLoader loader = new URLClassLoader(new URL[] {classes}, getClass().getClassLoader());
                ConfigurableApplicationContext context = Apps.builder(TestApp.class, db,
                        "shale.locations=classpath:packaged/db/shale")
                        .resourceLoader(new DefaultResourceLoader(loader)).run()) {
            assertEquals("jar:nested:", loader.getResource("packaged/db/shale/shale.sum").toString().substring(0, 11));
            assertNull(getClass().getClassLoader().getResource("packaged/db/shale/shale.sum"));
            assertEquals(List.of("Ada", "Grace"), context.getBean(TestApp.CustomerNames.class).names());
            assertEquals(List.of("20261201090000", "20261201090100", "20261201090200"),
                    db.firstColumn("SELECT version FROM public.shale_migrations ORDER BY version"));
            assertEquals(Status.UP, ((HealthIndicator) context.getBean("shaleHealthIndicator")).health().getStatus());
        }
    }
}
