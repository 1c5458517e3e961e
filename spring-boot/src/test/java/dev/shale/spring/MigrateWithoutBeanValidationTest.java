package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import dev.shale.api.ExecutedMigration;
import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationSource;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application that only runs migrations carries neither Bean Validation nor Shale's record reader: this
 * module's class path (its own and its tests', which the enforcer rule in its pom keeps that way) has none of
 * their classes, and migrating a real database works without them, through the runner API and at Spring Boot
 * start-up.
 */
@ExtendWith(PostgresExtension.class)
class MigrateWithoutBeanValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "jakarta.validation.Validation",
            "jakarta.validation.constraints.NotNull",
            "javax.validation.Validation",
            "org.hibernate.validator.HibernateValidator",
            "org.glassfish.expressly.ExpressionFactoryImpl",
            "dev.shale.reader.RecordSchemaReader"})
    void classIsNotOnTheClassPath(String name) {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName(name, false, MigrateWithoutBeanValidationTest.class.getClassLoader()));
    }

    @Test
    void runnerApiMigratesARealDatabase(TestDatabase db) {
        MigrateResult result;
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(db.jdbcUrl());
            dataSource.setMaximumPoolSize(2);
            result = Shale.migrate(dataSource, MigrationSource.classpath("db/shale"));
        }
        assertEquals(List.of("20261201090000", "20261201090100", "20261201090200"),
                result.applied().stream().map(ExecutedMigration::version).toList());
        assertEquals(List.of("ada@example.com:42.00"), db.firstColumn(
                "SELECT c.email || ':' || o.total FROM public.orders o JOIN public.customers c ON c.id = o.customer_id"));
        assertEquals(List.of("3"), db.firstColumn("SELECT count(*) FROM public.shale_migrations"));
    }

    @Test
    void springBootApplicationMigratesAtStartUp(TestDatabase db) {
        try (ConfigurableApplicationContext context = Apps.start(TestApp.class, db)) {
            assertEquals(List.of("Ada", "Grace"), context.getBean(TestApp.CustomerNames.class).names());
            assertEquals(1L, context.getBean(TestApp.OrderCount.class).count());
        }
    }
}
