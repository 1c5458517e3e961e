package dev.shale.spring;

import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** A small application: Spring Boot's auto-configuration, and one bean that reads a migrated table when created. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApp {

    /** Reads the customers in its constructor: only works when the migration ran before the JdbcTemplate was made. */
    @Bean
    CustomerNames customerNames(JdbcTemplate jdbc) {
        return new CustomerNames(jdbc.queryForList("SELECT name FROM public.customers ORDER BY id", String.class));
    }

    /** The names the bean saw at start-up. */
    record CustomerNames(List<String> names) {
    }
}
