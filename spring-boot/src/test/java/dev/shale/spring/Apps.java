package dev.shale.spring;

import dev.shale.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts test applications on a test database, as {@code SpringApplication.run} does in production. */
final class Apps {

    private Apps() {
    }

    /** Starts {@code app} on {@code db} with extra {@code key=value} properties; the caller closes it. */
    static ConfigurableApplicationContext start(Class<?> app, TestDatabase db, String... properties) {
        return builder(app, db, properties).run();
    }

    /** The builder {@link #start} runs, to add a resource loader or beans first. */
    static SpringApplicationBuilder builder(Class<?> app, TestDatabase db, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.hikari.maximum-pool-size=2",
                "management.endpoints.web.exposure.include=health,shale",
                "management.endpoint.health.show-details=always"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(app)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(all.toArray(String[]::new));
    }
}
