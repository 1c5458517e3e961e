package dev.shale.spring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small application: Spring Boot's auto-configuration and two beans that read migrated tables when they are
 * created. They are declared (and so created) before anything else, so each works only if Spring Boot made it
 * wait for the start-up migration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApp {

    /** Reads the orders through the bare DataSource: waits because it is marked, as JPA's factory waits. */
    @Bean
    @DependsOnDatabaseInitialization
    OrderCount orderCount(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM public.orders")) {
            rows.next();
            return new OrderCount(rows.getLong(1));
        }
    }

    /** Reads the customers through JdbcTemplate, which waits for database initializers by itself. */
    @Bean
    CustomerNames customerNames(JdbcTemplate jdbc) {
        return new CustomerNames(jdbc.queryForList("SELECT name FROM public.customers ORDER BY id", String.class));
    }

    /** The number of orders the bean saw at start-up. */
    record OrderCount(long count) {
    }

    /** The names the bean saw at start-up. */
    record CustomerNames(List<String> names) {
    }
}
