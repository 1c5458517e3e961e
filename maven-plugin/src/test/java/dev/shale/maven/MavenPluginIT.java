package dev.shale.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs real Maven, offline, on the sample project in {@code src/it/sample} (one {@code @Table} record, the
 * folders set in the pom, the package in {@code shale.yaml}, {@code check} bound to {@code verify}): generate then
 * check, migrate and status on a fresh PostgreSQL database, the build failing on an ungenerated change and drift, and a
 * configuration error. The steps share one copy of the project and one database, in this order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MavenPluginIT {

    private final String version = property("shale.it.version");
    private final List<String> timings = new ArrayList<>();
    private MavenRun maven;
    private Path project;
    private TestDatabase database;

    @BeforeAll
    void prepare() throws IOException {
        Path work = Path.of(property("shale.it.work"));
        Files.createDirectories(work);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, MavenRun.settings(Path.of(property("shale.it.userRepo"))));
        Path repository = Path.of(property("shale.it.repo"));
        assertTrue(Files.isDirectory(repository.resolve("dev/shale/shale-maven-plugin")),
                "the plugin is not staged in " + repository + " (maven-invoker-plugin:install runs before this test)");
        maven = new MavenRun(Path.of(property("shale.it.mavenHome")), repository, settings);
        project = work.resolve("sample-" + System.currentTimeMillis());
        copy(Path.of(property("shale.it.projects")).resolve("sample"), project);
    }

    @AfterAll
    void report() {
        if (database != null) {
            database.close();
        }
        System.out.println("MavenPluginIT timings: " + String.join(", ", timings));
    }

    @Test
    @Order(1)
    void generateThenCheckOnAFreshProject() throws Exception {
        MavenRun.Result result = mvn("compile", "shale:generate", "shale:check", "-Dshale.name=create_accounts");

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(result.log().contains("shale-maven-plugin:" + version + ":generate"), result.log());
        assertTrue(result.log().contains("create table public.accounts"), result.log());
        assertTrue(result.log().contains("shale check: ok"), result.log());
        // the folders of the pom, not shale.yaml's defaults
        assertEquals(1, files("db/migrations", "_create_accounts.sql").size(), result.log());
        assertEquals(1, files("db/migrations", "_create_accounts.down.sql").size(), result.log());
        assertEquals(1, files("db/snapshots", "_create_accounts.json").size(), result.log());
        assertTrue(Files.isRegularFile(project.resolve("db/migrations/shale.sum")), result.log());
        assertFalse(Files.exists(project.resolve("migrations")), "shale.yaml's default folder was used");
    }

    @Test
    @Order(2)
    void migrateThenStatusOnAFreshDatabase() throws Exception {
        database = TestDatabase.create();
        MavenRun.Result result = mvn("shale:migrate", "shale:status", "shale:check",
                "-Dshale.databaseUrl=" + database.jdbcUrl());

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(result.log().contains("shale-maven-plugin:" + version + ":status"), result.log());
        assertEquals(List.of("1"), database.firstColumn("select count(*) from shale_migrations"));
        assertEquals(List.of("1"), database.firstColumn("select count(*) from information_schema.tables"
                + " where table_schema = 'public' and table_name = 'accounts'"));
        assertTrue(result.log().contains("1 migration: 1 applied, 0 pending"), result.log());
        // a database URL in the pom (here -Dshale.databaseUrl) makes check compare the live schema too
        assertTrue(result.log().contains("no drift."), result.log());
        String password = database.url().password();
        if (password != null) {
            assertFalse(result.log().contains(password), "the password shows in the log");
        }
    }

    @Test
    @Order(3)
    void checkBoundToVerifyFailsOnAnUngeneratedChangeAndDrift() throws Exception {
        Path record = project.resolve("src/main/java/sample/schema/Account.java");
        Files.writeString(record, Files.readString(record).replace("String email)", "String email, String nickname)"));
        // and someone changed the database by hand
        database.execute("alter table accounts add column note text");

        MavenRun.Result result = mvn("verify", "-Dshale.databaseUrl=" + database.jdbcUrl());

        assertNotEquals(0, result.exitCode(), result.log());
        assertTrue(result.log().contains("BUILD FAILURE"), result.log());
        assertTrue(result.log().contains("shale-maven-plugin:" + version + ":check (default)"), result.log());
        assertTrue(result.log().contains("shale check failed (exit code 1)"), result.log());
        assertTrue(result.log().contains("add column public.accounts.nickname"), result.log());
        assertTrue(result.log().contains("1 object drifted"), result.log());
        assertTrue(result.log().contains("MojoFailureException"), result.log());
    }

    @Test
    @Order(4)
    void aConfigurationErrorIsAnExecutionError() throws Exception {
        MavenRun.Result result = mvn("shale:status");

        assertNotEquals(0, result.exitCode(), result.log());
        assertTrue(result.log().contains("shale status failed (exit code 2): error: no database is configured"),
                result.log());
        assertTrue(result.log().contains("MojoExecutionException"), result.log());
    }

    private MavenRun.Result mvn(String... arguments) throws IOException, InterruptedException {
        MavenRun.Result result = maven.run(project, arguments);
        timings.add("mvn " + String.join(" ", arguments).replaceAll("databaseUrl=\\S+", "databaseUrl=...")
                + " " + seconds(result.took()));
        return result;
    }

    private List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    String text = Files.readString(source, StandardCharsets.UTF_8);
                    Files.writeString(target, text.replace("@shale.version@", version), StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1fs", duration.toMillis() / 1000.0);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run this test through Maven"
                    + " (mvn verify -pl maven-plugin), which stages the plugin first");
        }
        return value;
    }
}
