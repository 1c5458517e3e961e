package dev.shale.spring.actuate;

import dev.shale.spring.ShaleAutoConfiguration;
import dev.shale.spring.ShaleMigrator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code shale} health component ({@link ShaleHealthIndicator}), when Spring Boot's health support is on the
 * class path; off with {@code management.health.shale.enabled=false}.
 */
@AutoConfiguration(after = ShaleAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(ShaleMigrator.class)
@ConditionalOnEnabledHealthIndicator("shale")
public final class ShaleHealthContributorAutoConfiguration {

    /** Named so that the health component is {@code shale}. */
    @Bean
    @ConditionalOnMissingBean(name = "shaleHealthIndicator")
    public ShaleHealthIndicator shaleHealthIndicator(ShaleMigrator shaleMigrator) {
        return new ShaleHealthIndicator(shaleMigrator);
    }
}
