package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.spring.actuate.ShaleEndpoint;
import dev.shale.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/** Without Spring Boot's health and actuator on the class path, the application still migrates at start-up. */
class ShaleWithoutActuatorTest {

    @Test
    void migratesWithoutHealthOrEndpointWhenActuatorIsAbsent() {
        try (TestDatabase db = TestDatabase.create();
                ConfigurableApplicationContext context = Apps.builder(TestApp.class, db)
                        .resourceLoader(new DefaultResourceLoader(new FilteredClassLoader(HealthIndicator.class,
                                ConditionalOnAvailableEndpoint.class)))
                        .run()) {
            assertEquals(List.of("Ada", "Grace"), context.getBean(TestApp.CustomerNames.class).names());
            assertTrue(context.containsBean("shaleMigrationInitializer"));
            assertFalse(context.containsBean("shaleHealthIndicator"));
            assertTrue(context.getBeansOfType(ShaleEndpoint.class).isEmpty());
            assertEquals(List.of("3"), db.firstColumn("SELECT count(*) FROM public.shale_migrations"));
        }
    }
}
