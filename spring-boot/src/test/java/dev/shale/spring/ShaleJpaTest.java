package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * JPA's EntityManagerFactory is built after the migration: Hibernate validates its mapping against the migrated
 * tables ({@code ddl-auto=validate}, which fails on a missing table), and a bean reads the seed rows through it.
 */
class ShaleJpaTest {

    /** An application whose first bean reads customers through JPA. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class JpaApp {

        @Bean
        CustomerNamesSeenByJpa customerNamesSeenByJpa(EntityManagerFactory factory) {
            EntityManager manager = factory.createEntityManager();
            try {
                return new CustomerNamesSeenByJpa(manager
                        .createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class).getResultList()
                        .stream().map(Customer::getName).toList());
            } finally {
                manager.close();
            }
        }
    }

    /** The names JPA saw at start-up. */
    record CustomerNamesSeenByJpa(List<String> names) {
    }

    @Test
    void theEntityManagerFactoryWaitsForTheMigration() {
        try (TestDatabase db = TestDatabase.create()) {
            // the check can fail: without the migration, Hibernate's validation finds no table
            RuntimeException unmigrated = assertThrows(RuntimeException.class, () -> Apps.start(JpaApp.class, db,
                    "shale.enabled=false", "spring.jpa.hibernate.ddl-auto=validate").close());
            assertTrue(String.valueOf(unmigrated.getMessage()).contains("missing table [public.customers]"),
                    unmigrated.toString());

            try (ConfigurableApplicationContext context = Apps.start(JpaApp.class, db,
                    "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false")) {
                assertEquals(List.of("Ada", "Grace"), context.getBean(CustomerNamesSeenByJpa.class).names());
            }
        }
    }
}
