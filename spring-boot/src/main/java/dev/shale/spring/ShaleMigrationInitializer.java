package dev.shale.spring;

import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationRefusedException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Migrates the database when the application context starts, before the beans that use the database: beans of
 * this type are database initializers ({@link ShaleDatabaseInitializerDetector}), which {@code JdbcTemplate},
 * {@code JdbcClient}, JPA's {@code EntityManagerFactory} and beans marked {@code @DependsOnDatabaseInitialization}
 * wait for. A failed or refused migration is thrown, which stops the application.
 */
public class ShaleMigrationInitializer implements InitializingBean, Ordered {

    private static final Log LOG = LogFactory.getLog(ShaleMigrationInitializer.class);

    private final ShaleMigrator shale;
    private final ShaleMigrationStrategy strategy;
    private int order;

    /** Migrates with {@link ShaleMigrator#migrate()}, or through {@code strategy} when it is not null. */
    public ShaleMigrationInitializer(ShaleMigrator shale, ShaleMigrationStrategy strategy) {
        this.shale = Objects.requireNonNull(shale, "shale");
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            if (strategy != null) {
                strategy.migrate(shale);
            } else {
                log(shale.migrate());
            }
        } catch (MigrationRefusedException e) {
            if (e.reason() != MigrationRefusedException.Reason.SOURCE_NOT_FOUND || shale.failOnMissingLocations()) {
                throw e;
            }
            LOG.warn("Shale migrated nothing: " + e.getMessage()
                    + " (shale.fail-on-missing-locations is false, so the application starts)");
        }
    }

    private void log(MigrateResult result) {
        String source = shale.source().describe();
        if (result.nothingToDo()) {
            LOG.info("Shale: the database is up to date with " + source);
        } else {
            LOG.info("Shale applied " + result.applied().size() + " migration(s) from " + source + " in batch "
                    + result.batch() + ": " + result.applied().stream()
                            .map(m -> m.version() + "_" + m.name() + " (" + m.executionMs() + " ms)")
                            .collect(Collectors.joining(", ")));
        }
        result.dataChecks().forEach(check -> LOG.info("Shale pre-flight check: " + check));
        result.warnings().forEach(warning -> LOG.warn("Shale: " + warning));
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
