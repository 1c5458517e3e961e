package dev.shale.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link ShaleMigrationInitializer} beans initialize the database, so that beans which
 * depend on database initialization are created after them. Registered in {@code META-INF/spring.factories}.
 */
class ShaleDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(ShaleMigrationInitializer.class);
    }
}
