package dev.shale.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** With several data sources, Shale migrates the one marked {@code @ShaleDataSource}, else the primary one. */
@ExtendWith(PostgresExtension.class)
class ShaleDataSourceTest {

    private TestDatabase app;
    private TestDatabase owner;

    @BeforeEach
    void useDatabases(TestDatabase appDatabase, TestDatabase ownerDatabase) {
        app = appDatabase;
        owner = ownerDatabase;
    }

    /** The application's data source (primary) and the schema owner's. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TwoDataSources {

        @Bean
        @Primary
        @ConfigurationProperties("app.datasource")
        HikariDataSource appDataSource() {
            return new HikariDataSource();
        }

        @Bean
        @ShaleDataSource
        @ConfigurationProperties("owner.datasource")
        HikariDataSource ownerDataSource() {
            return new HikariDataSource();
        }
    }

    /** Two data sources, neither primary nor marked. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Ambiguous {

        @Bean
        DataSource one(TestDatabaseUrls urls) {
            return dataSource(urls.first());
        }

        @Bean
        DataSource two(TestDatabaseUrls urls) {
            return dataSource(urls.second());
        }

        private static DataSource dataSource(String url) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(url);
            return dataSource;
        }
    }

    /** The URLs {@link Ambiguous} connects to. */
    record TestDatabaseUrls(String first, String second) {
    }

    @Test
    void theShaleDataSourceIsMigratedNotThePrimaryOne() {
        try (ConfigurableApplicationContext context = Apps.builder(TwoDataSources.class, app,
                "app.datasource.jdbc-url=" + app.jdbcUrl(), "owner.datasource.jdbc-url=" + owner.jdbcUrl()).run()) {
            assertEquals(List.of("3"), owner.firstColumn("SELECT count(*) FROM public.shale_migrations"));
            assertEquals(List.of(), app.firstColumn("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        }
    }

    @Test
    void severalDataSourcesWithoutAPrimaryOneAreAConfigurationError() {
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> Apps.builder(Ambiguous.class, app)
                .initializers(context -> context.getBeanFactory().registerSingleton("urls",
                        new TestDatabaseUrls(app.jdbcUrl(), owner.jdbcUrl())))
                .run().close());
        ShaleConfigurationException error = ShaleStartupFailureTest.cause(thrown, ShaleConfigurationException.class);
        assertEquals("spring.datasource", error.property());
        assertEquals("mark one @Primary, or the one to migrate @ShaleDataSource", error.fix());
    }
}
