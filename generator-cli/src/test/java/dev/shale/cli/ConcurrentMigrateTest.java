package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Eight {@code shale migrate} processes started at once on one database apply each migration exactly once. */
@ExtendWith(PostgresExtension.class)
class ConcurrentMigrateTest {

    private static final int PROCESSES = 8;
    private static final int MIGRATIONS = 5;

    @TempDir
    Path dir;

    @Test
    void eightProcessesApplyEachMigrationOnceAndAllSucceed(TestDatabase db) throws Exception {
        DatabaseProject project = new DatabaseProject(dir.resolve("project"), db)
                .up("20260101000001", "effects", "CREATE TABLE effects (version text NOT NULL);\n"
                        + "INSERT INTO effects VALUES ('20260101000001');\nSELECT pg_sleep(0.5);");
        for (int i = 2; i <= MIGRATIONS; i++) {
            String version = "2026010100000" + i;
            project.up(version, "step_" + i, "CREATE TABLE t" + i + " (id int);\nINSERT INTO effects VALUES ('"
                    + version + "');");
        }
        Path output = Files.createDirectories(dir.resolve("output"));
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", db.jdbcUrl());
        environment.put("SHALE_DATABASE_URL", null);

        List<ShaleProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(ShaleProcess.start(output, "migrate-" + i, environment,
                    "migrate", "-C", project.dir().toString(), "--format", "json"));
        }
        int applied = 0;
        for (ShaleProcess process : processes) {
            ShaleProcess.Result result = process.finish();
            assertEquals(ExitCode.OK, result.exitCode(), result.all());
            JsonNode json = MigrateCommandTest.parse(result.out());
            applied += json.get("applied").size();
        }

        assertEquals(MIGRATIONS, applied);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= MIGRATIONS; i++) {
            expected.add("2026010100000" + i + "|" + (i == 1 ? "effects" : "step_" + i) + "|1");
        }
        assertEquals(expected, project.history());
        assertEquals(List.of("20260101000001|1", "20260101000002|1", "20260101000003|1", "20260101000004|1",
                "20260101000005|1"), project.query("SELECT version || '|' || count(*) FROM effects GROUP BY version"
                        + " ORDER BY version"));
    }
}
