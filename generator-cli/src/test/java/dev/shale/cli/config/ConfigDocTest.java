package dev.shale.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.RunnerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/configuration.md, the reader and the runner's defaults agree with {@link ConfigKeys}, so neither the page nor
 * the table can rot. Regenerate the page with {@code -Dshale.updateDocs=true}.
 */
class ConfigDocTest {

    private static final Path DOC = Path.of("..", "docs", "configuration.md");

    @TempDir
    Path dir;

    @Test
    void theDocumentationIsTheTable() throws IOException {
        String expected = ConfigDoc.markdown();
        if (Boolean.getBoolean("shale.updateDocs")) {
            Files.writeString(DOC, expected);
        }
        assertTrue(Files.isRegularFile(DOC), "docs/configuration.md is missing; write it with -Dshale.updateDocs=true");
        assertEquals(expected, Files.readString(DOC), "docs/configuration.md differs from ConfigKeys: regenerate it"
                + " with mvn -o -q test -pl generator-cli -am -Dtest=ConfigDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dshale.updateDocs=true");
        for (ConfigKey key : ConfigKeys.ALL) {
            assertTrue(expected.contains("### " + key.name() + "\n"), key.name());
            key.environment().forEach(variable -> assertTrue(expected.contains("`" + variable + "`"), variable));
        }
    }

    @Test
    void theReaderKnowsExactlyTheKeysOfTheTableAndEveryExampleIsValid() throws IOException {
        StringBuilder yaml = new StringBuilder();
        String section = "";
        for (ConfigKey key : ConfigKeys.ALL) {
            if (!key.section().equals(section) && !key.section().isEmpty()) {
                yaml.append(key.section()).append(":\n");
            }
            section = key.section();
            yaml.append(section.isEmpty() ? "" : "  ").append(key.written()).append('\n');
        }
        Files.writeString(dir.resolve("shale.yaml"), yaml);

        ConfigFile file = ConfigFileReader.read(dir.resolve("shale.yaml"));

        assertNotNull(file.schema().packages());
        assertNotNull(file.schema().classpath());
        assertNotNull(file.migrations());
        assertNotNull(file.snapshots());
        ConfigFile.DatabaseSection database = file.database();
        for (String value : new String[] {database.url(), database.devUrl(), database.spellingUrl(),
            database.dataChecks(), database.lockRetries(), database.lockRetryBackoff(), file.generate().online()}) {
            assertNotNull(value, yaml.toString());
        }
        // the table has no key the reader and ConfigFile lack: 11 keys, each read above
        assertEquals(11, ConfigKeys.ALL.size());
        assertEquals(List.of("schema", "migrations", "snapshots", "database", "generate"), ConfigKeys.namesIn(""));
        new ConfigLoader(Map.of()).load(dir, List.of(), List.of());
    }

    @Test
    void theDocumentedDefaultsAreTheOnesApplied() throws IOException {
        ShaleConfig config = new ConfigLoader(Map.of()).load(dir, List.of(), List.of());
        assertEquals(dir.resolve(ConfigKeys.named("migrations").orElseThrow().defaultValue()).toAbsolutePath(),
                config.migrationsDir());
        assertEquals(dir.resolve(ConfigKeys.named("snapshots").orElseThrow().defaultValue()).toAbsolutePath(),
                config.snapshotsDir());
        assertEquals(String.valueOf(RunnerSettings.DEFAULTS.lockRetries()),
                ConfigKeys.named("database.lockRetries").orElseThrow().defaultValue());
        assertEquals(RunnerSettings.DEFAULTS.lockRetryBackoff(), new dev.shale.cli.DurationConverter()
                .convert(ConfigKeys.named("database.lockRetryBackoff").orElseThrow().defaultValue()));
        assertEquals(String.valueOf(config.dataChecks()), ConfigKeys.named("database.dataChecks").orElseThrow()
                .defaultValue());
        assertEquals(String.valueOf(config.generateOnline()), ConfigKeys.named("generate.online").orElseThrow()
                .defaultValue());
    }

    @Test
    void theExampleOnThePageIsWhatTheCommandPrints() throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), ConfigDoc.EXAMPLE_FILE);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int exit = dev.shale.cli.ShaleCommand.execute(ConfigDoc.EXAMPLE_ENVIRONMENT, java.time.Clock.systemUTC(),
                new java.io.PrintWriter(out), new java.io.PrintWriter(err), "-C", dir.toString(), "status");

        assertEquals(dev.shale.cli.ExitCode.USAGE, exit);
        assertEquals(ConfigDoc.EXAMPLE_OUTPUT, err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("", out.toString());
    }
}
