package dev.shale.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** How the pom's settings reach {@code shale}: flags on the command line, the rest as SHALE_* overrides. */
class MojoSettingsTest {

    @Test
    void checkComparesTheDatabaseWhenThePomNamesOne() {
        CheckMojo check = new CheckMojo();
        assertFalse(List.of(check.commandLine().toArray()).contains("--db"));

        check.databaseUrl = "jdbc:postgresql://localhost/app?user=app";
        assertTrue(List.of(check.commandLine().toArray()).contains("--db"));

        check.db = false;
        assertFalse(List.of(check.commandLine().toArray()).contains("--db"));
    }

    @Test
    void migrateNamesTheTargetVersionAsTo() {
        MigrateMojo migrate = new MigrateMojo();
        migrate.dryRun = true;
        migrate.target = "20261121093000";
        migrate.lockTimeout = "2s";

        assertEquals(List.of("migrate", "--dry-run", "--to", "20261121093000", "--lock-timeout", "2s"),
                List.of(migrate.commandLine().toArray()));
    }

    @Test
    void thePomsSettingsBecomeEnvironmentOverrides() throws Exception {
        GenerateMojo generate = new GenerateMojo();
        generate.project = new MavenProject();
        generate.project.getBuild().setOutputDirectory("/project/target/classes");
        generate.useProjectClasspath = true;
        generate.schemaPackages = List.of("app.schema", "app.enums");
        generate.migrationsDir = new File("/project/db/migrations");
        generate.databaseUrl = " jdbc:postgresql://localhost/app ";
        generate.generateOnline = false;

        Map<String, String> environment = generate.environment();

        assertEquals("/project/target/classes", environment.get("SHALE_CLASSPATH"));
        assertEquals("app.schema,app.enums", environment.get("SHALE_SCHEMA_PACKAGES"));
        assertEquals(new File("/project/db/migrations").getAbsolutePath(), environment.get("SHALE_MIGRATIONS_DIR"));
        assertEquals("jdbc:postgresql://localhost/app", environment.get("SHALE_DATABASE_URL"));
        assertEquals("false", environment.get("SHALE_GENERATE_ONLINE"));
    }
}
