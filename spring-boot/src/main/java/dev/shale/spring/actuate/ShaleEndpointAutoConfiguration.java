package dev.shale.spring.actuate;

import dev.shale.spring.ShaleAutoConfiguration;
import dev.shale.spring.ShaleMigrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The {@code shale} actuator endpoint ({@link ShaleEndpoint}), when Spring Boot's actuator is on the class path
 * and the endpoint is exposed ({@code management.endpoints.web.exposure.include=shale}).
 */
@AutoConfiguration(after = ShaleAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(ShaleEndpoint.class)
public final class ShaleEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(ShaleMigrator.class)
    @ConditionalOnMissingBean
    public ShaleEndpoint shaleEndpoint(ApplicationContext context) {
        return new ShaleEndpoint(context);
    }
}
