package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateResult;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

/** A {@link ShaleMigrationStrategy} replaces the start-up migration; migrations are read from a jar. */
@ExtendWith(PostgresExtension.class)
class ShaleStrategyAndJarTest {

    private TestDatabase db;

    @TempDir
    Path temp;

    @BeforeEach
    void useDatabase(TestDatabase database) {
        db = database;
    }

    /** Plans the migration (a dry run) instead of running it, and keeps the plan. */
    @Configuration(proxyBeanMethods = false)
    static class DryRunStrategy {

        static final List<MigrateResult> PLANS = new ArrayList<>();

        @Bean
        ShaleMigrationStrategy dryRun() {
            return shale -> PLANS.add(shale.migrate(shale.options().withDryRun(true)));
        }
    }

    @Test
    void aStrategyReplacesTheMigrationAndHealthIsDownWhileMigrationsArePending() {
        DryRunStrategy.PLANS.clear();
        try (ConfigurableApplicationContext context = Apps.builder(BareApp.class, db)
                .sources(DryRunStrategy.class).run()) {
            assertEquals(1, DryRunStrategy.PLANS.size());
            assertEquals(3, DryRunStrategy.PLANS.get(0).plan().migrations().size());
            assertEquals(List.of(), db.firstColumn("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));

            Health health = ((HealthIndicator) context.getBean("shaleHealthIndicator")).health(true);
            assertEquals(Status.DOWN, health.getStatus(), health.toString());
            assertEquals(List.of("20261201090000_create_customers: PENDING", "20261201090100_seed_customers: PENDING",
                    "20261201090200_create_orders: PENDING"), health.getDetails().get("notApplied"));
        }
    }

    @Test
    void migrationsAreReadFromAJarOnTheApplicationsClassPath() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (String name : List.of("20261201090000_create_customers.sql", "20261201090100_seed_customers.sql",
                    "20261201090200_create_orders.sql", "shale.sum")) {
                jarOut.putNextEntry(new JarEntry("packaged/db/shale/" + name));
                try (InputStream in = getClass().getResourceAsStream("/db/shale/" + name)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
                ConfigurableApplicationContext context = Apps.builder(TestApp.class, db,
                        "shale.locations=classpath:packaged/db/shale")
                        .resourceLoader(new DefaultResourceLoader(loader)).run()) {
            assertEquals(List.of("Ada", "Grace"), context.getBean(TestApp.CustomerNames.class).names());
            Health health = ((HealthIndicator) context.getBean("shaleHealthIndicator")).health(true);
            assertEquals(Status.UP, health.getStatus(), health.toString());
            assertEquals("classpath:packaged/db/shale", health.getDetails().get("source"));
            assertTrue(getClass().getClassLoader().getResource("packaged/db/shale/shale.sum") == null,
                    "the migrations are only in the jar");
        }
    }
}
