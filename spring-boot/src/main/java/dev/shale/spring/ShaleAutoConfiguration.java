package dev.shale.spring;

import dev.shale.api.LockRetry;
import dev.shale.api.MigrateOptions;
import dev.shale.api.RunListener;
import dev.shale.api.Shale;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's {@link DataSource} with Shale at start-up, as Spring Boot's Flyway support does:
 * a {@link ShaleMigrator} built from the {@code shale.*} properties and a {@link ShaleMigrationInitializer} that
 * the beans using the database wait for. Off with {@code shale.enabled=false}, or without a {@code DataSource}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Shale.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "shale.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ShaleProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class ShaleAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(ShaleAutoConfiguration.class);

    /** The application's Shale, on the {@code @ShaleDataSource} when there is one, else the application's. */
    @Bean
    @ConditionalOnMissingBean
    public ShaleMigrator shaleMigrator(ShaleProperties properties, ObjectProvider<DataSource> dataSource,
            @ShaleDataSource ObjectProvider<DataSource> shaleDataSource, ResourceLoader resourceLoader) {
        DataSource target = shaleDataSource.getIfAvailable(dataSource::getIfUnique);
        if (target == null) {
            throw new ShaleConfigurationException("spring.datasource", "the application has several DataSource"
                    + " beans and none is primary, so Shale does not know which database to migrate.",
                    "mark one @Primary, or the one to migrate @ShaleDataSource", null);
        }
        ClassLoader loader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : ShaleAutoConfiguration.class.getClassLoader();
        MigrateOptions options = ShaleOptions.migrateOptions(properties).withListener(logging(LOG));
        return new ShaleMigrator(target, ShaleOptions.source(properties.getLocations(), loader), options,
                properties.isFailOnMissingLocations());
    }

    /**
     * The run's events in the application's log, as warnings: each retry after a lock timeout, and each object Shale
     * does not manage (a view, a trigger ...) that depends on what a pending migration drops or retypes, told before
     * the migrations run (the migration will fail on it, or drop it).
     */
    static RunListener logging(Log log) {
        return new RunListener() {
            @Override
            public void lockRetry(LockRetry retry) {
                log.warn("Shale: " + retry.describe());
            }

            @Override
            public void warning(String message) {
                log.warn("Shale: " + message);
            }
        };
    }

    /** Runs the migration when the context starts; beans using the database are created after it. */
    @Bean
    @ConditionalOnMissingBean
    public ShaleMigrationInitializer shaleMigrationInitializer(ShaleMigrator shaleMigrator,
            ObjectProvider<ShaleMigrationStrategy> strategy) {
        return new ShaleMigrationInitializer(shaleMigrator, strategy.getIfAvailable());
    }
}
