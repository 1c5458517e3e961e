package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrationStatus;
import dev.shale.api.StatusTotals;
import dev.shale.spring.actuate.ShaleEndpoint;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application started on a fresh database migrates it from {@code classpath:db/shale} before its beans use it,
 * reports UP with every migration applied, and a second start applies nothing.
 */
@ExtendWith(PostgresExtension.class)
class ShaleStartupTest {

    private TestDatabase db;

    @BeforeEach
    void useDatabase(TestDatabase database) {
        db = database;
    }

    @Test
    void startUpMigratesBeforeJdbcTemplateBeansAndReportsHealthAndEndpoint() {
        try (ConfigurableApplicationContext context = Apps.start(TestApp.class, db)) {
            // the beans built from JdbcTemplate and from the marked DataSource read the rows the data migrations
            // inserted: they waited for Shale
            assertEquals(List.of("Ada", "Grace"), context.getBean(TestApp.CustomerNames.class).names());
            assertEquals(1, context.getBean(TestApp.OrderCount.class).count());

            assertEquals(List.of("customers", "orders", "shale_migration_progress", "shale_migrations",
                    "shale_unmanaged_objects"), db.firstColumn(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
            assertEquals(List.of("ada@example.com|42.00"), db.firstColumn("SELECT c.email || '|' || o.total"
                    + " FROM public.orders o JOIN public.customers c ON c.id = o.customer_id"));
            assertEquals(List.of("20261201090000|create_customers|1", "20261201090100|seed_customers|1",
                    "20261201090200|create_orders|1"), history());

            Health health = ((HealthIndicator) context.getBean("shaleHealthIndicator")).health(true);
            assertEquals(Status.UP, health.getStatus(), health.toString());
            assertEquals("classpath:db/shale", health.getDetails().get("source"));
            assertEquals(new StatusTotals(3, 0, 0, 0, 0, 3), health.getDetails().get("totals"));

            ShaleEndpoint.ShaleBeans beans = context.getBean(ShaleEndpoint.class).shaleBeans();
            ShaleEndpoint.ShaleDescriptor shale = beans.contexts().get(context.getId()).shaleBeans().get("shaleMigrator");
            assertTrue(shale.upToDate());
            assertEquals("\"public\".\"shale_migrations\"", shale.historyTable());
            assertEquals(List.of("20261201090000 create_customers APPLIED 1", "20261201090100 seed_customers APPLIED 1",
                    "20261201090200 create_orders APPLIED 1"), describe(shale.migrations()));
            assertTrue(shale.migrations().stream().allMatch(m -> m.appliedAt() != null && m.appliedBy() != null));

            // the JSON the actuator writes (Jackson 3)
            JsonNode json = JsonMapper.builder().build().valueToTree(beans)
                    .path("contexts").path(context.getId()).path("shaleBeans").path("shaleMigrator");
            assertEquals("classpath:db/shale", json.path("source").asString(), json.toString());
            assertTrue(json.path("upToDate").asBoolean(), json.toString());
            assertEquals(3, json.path("totals").path("applied").asInt(), json.toString());
            JsonNode first = json.path("migrations").path(0);
            assertEquals("20261201090000", first.path("version").asString(), json.toString());
            assertEquals("APPLIED", first.path("state").asString(), json.toString());
            assertEquals(shale.migrations().get(0).appliedAt().toString(), first.path("appliedAt").asString(),
                    json.toString());
        }

        db.execute("INSERT INTO public.customers (email, name) VALUES ('linus@example.com', 'Linus')");
        try (ConfigurableApplicationContext again = Apps.start(TestApp.class, db)) {
            // nothing applied a second time: the seed did not run again, no second batch
            assertEquals(List.of("Ada", "Grace", "Linus"), again.getBean(TestApp.CustomerNames.class).names());
            assertEquals(List.of("20261201090000|create_customers|1", "20261201090100|seed_customers|1",
                    "20261201090200|create_orders|1"), history());
            assertEquals(Status.UP, ((HealthIndicator) again.getBean("shaleHealthIndicator")).health().getStatus());
        }
    }

    @Test
    void disabledRunsNothingAndAddsNoBeans() {
        try (ConfigurableApplicationContext context = Apps.start(BareApp.class, db, "shale.enabled=false")) {
            assertTrue(context.getBeansOfType(ShaleMigrator.class).isEmpty());
            assertTrue(context.getBeansOfType(ShaleMigrationInitializer.class).isEmpty());
            assertFalse(context.containsBean("shaleHealthIndicator"));
            assertTrue(context.getBeansOfType(ShaleEndpoint.class).isEmpty());
            assertEquals(List.of(), db.firstColumn("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        }
    }

    @Test
    void targetStopsAtItsVersionAndHealthAcceptsWhatComesAfter() {
        try (ConfigurableApplicationContext context = Apps.start(BareApp.class, db, "shale.target=20261201090100",
                "shale.history-schema=shale_history")) {
            assertEquals(List.of("customers"), db.firstColumn(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"));
            assertEquals(List.of("20261201090000", "20261201090100"),
                    db.firstColumn("SELECT version FROM shale_history.shale_migrations ORDER BY version"));
            Health health = ((HealthIndicator) context.getBean("shaleHealthIndicator")).health(true);
            assertEquals(Status.UP, health.getStatus(), health.toString());
            assertEquals("20261201090100", health.getDetails().get("target"));
            assertEquals(List.of("20261201090200_create_orders: PENDING"), health.getDetails().get("notApplied"));
        }
    }

    private List<String> history() {
        return db.firstColumn("SELECT version || '|' || name || '|' || batch FROM public.shale_migrations"
                + " ORDER BY version");
    }

    private static List<String> describe(List<MigrationStatus> migrations) {
        return migrations.stream().map(m -> m.version() + " " + m.name() + " " + m.state() + " " + m.batch()).toList();
    }
}
