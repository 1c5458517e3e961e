package dev.shale.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() throws IOException {
        ConfigFile file = read("""
                # the project
                schema:
                  packages:
                    - com.example.schema
                    - com.example.more
                  classpath: [target/classes, lib/x.jar]
                migrations: db/migrations
                snapshots: db/snapshots
                database:
                  url: jdbc:postgresql://localhost/app
                  devUrl: postgresql://localhost/postgres
                  spellingUrl: postgresql://localhost/shale_scratch
                """);

        assertEquals(new ConfigFile(
                new ConfigFile.SchemaSection(List.of("com.example.schema", "com.example.more"),
                        List.of("target/classes", "lib/x.jar")),
                "db/migrations", "db/snapshots",
                new ConfigFile.DatabaseSection("jdbc:postgresql://localhost/app", "postgresql://localhost/postgres",
                        "postgresql://localhost/shale_scratch", null)),
                file);
    }

    @Test
    void readsASingleValueAsAListAndLeavesOutWhatIsMissingOrEmpty() throws IOException {
        assertEquals(new ConfigFile(new ConfigFile.SchemaSection(List.of("com.example.schema"), null), null, "123",
                null), read("schema:\n  packages: com.example.schema\nsnapshots: 123\ndatabase:\n"));
        assertEquals(new ConfigFile(null, null, null, null), read(""));
        assertEquals(new ConfigFile(null, null, null, null), read("# nothing yet\n"));
    }

    @Test
    void readsTheGenerateSection() throws IOException {
        assertEquals(new ConfigFile(null, null, null, null, new ConfigFile.GenerateSection("false")),
                read("generate:\n  online: false\n"));
        assertError("generate:\n  online: maybe\n", "shale.yaml:2:11: generate.online must be true or false, not"
                + " \"maybe\"", "write it as online: true (see docs/configuration.md)");
        assertError("generate:\n  offline: true\n", "shale.yaml:2:3: unknown key 'generate.offline'",
                "did you mean 'online'? (the keys under generate are online; see docs/configuration.md)");
    }

    @Test
    void namesTheLineAndTheFixOfEveryMistake() {
        assertError("schema:\n  packages: [a]\nmigration: db\n", "shale.yaml:3:1: unknown key 'migration'",
                "did you mean 'migrations'? (the keys at the top of the file are schema, migrations, snapshots,"
                        + " database, generate; see docs/configuration.md)");
        assertError("schema:\n  package: a\n", "shale.yaml:2:3: unknown key 'schema.package'",
                "did you mean 'packages'? (the keys under schema are packages, classpath; see docs/configuration.md)");
        assertError("database:\n  url: postgres://db/app\n  password: b\n",
                "shale.yaml:3:3: unknown key 'database.password'", "remove it, or use a known key: the keys under"
                        + " database are url, devUrl, spellingUrl, dataChecks, lockRetries, lockRetryBackoff; see"
                        + " docs/configuration.md");
        assertError("migrations: a\nmigrations: b\n", "shale.yaml:2:1: key 'migrations' is given twice",
                "keep one of them");
        assertError("migrations: [a, b]\n", "shale.yaml:1:13: migrations must be a single value, not a list",
                "write it as migrations: db/migrations");
        assertError("database:\n  url:\n    host: x\n", "shale.yaml:3:5: database.url must be a single value, not a"
                + " mapping", "write it as url: jdbc:postgresql://localhost:5432/app?user=app");
        assertError("schema:\n  packages:\n    a: b\n", "shale.yaml:3:5: schema.packages must be a list of values, not"
                + " a mapping", "write it as a list: [value, value]");
        assertError("schema: [a]\n", "shale.yaml:1:9: schema must be a mapping of the keys [packages, classpath]",
                "write schema: and its keys indented below it (see docs/configuration.md)");
        assertError("- a\n- b\n", "shale.yaml:1:1: the file must be a mapping of the keys [schema, migrations, snapshots,"
                + " database, generate]", "write the keys at the start of the line (see docs/configuration.md)");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), "schema:\n  packages: [a\nmigrations: x\n");
        CommandException thrown = assertThrows(CommandException.class,
                () -> ConfigFileReader.read(dir.resolve("shale.yaml")));

        assertEquals(ExitCode.USAGE, thrown.exitCode());
        assertTrue(thrown.getMessage().startsWith("shale.yaml:"), thrown.getMessage());
        assertEquals("fix the YAML syntax of shale.yaml", thrown.fix());
    }

    @Test
    void namesTheLineAndColumnOfAByteThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("shale.yaml"), new byte[] {'a', ':', ' ', 'b', '\n', '#', ' ', 'c', (byte) 0xE9, '\n'});
        CommandException thrown = assertThrows(CommandException.class,
                () -> ConfigFileReader.read(dir.resolve("shale.yaml")));

        assertEquals(ExitCode.USAGE, thrown.exitCode());
        assertEquals("shale.yaml:2:4: the file is not UTF-8 text (byte 0xE9 at line 2, column 4)", thrown.getMessage());
        assertEquals("save shale.yaml as UTF-8", thrown.fix());
    }

    @Test
    void readsATenMegabyteCommentAndKeepsAHashThatIsPartOfAValue() throws IOException {
        String comment = "# " + "x".repeat(10_000_000) + "\n";
        assertEquals(new ConfigFile(null, "db", null, null), read(comment + "migrations: db\n"));
        assertEquals(new ConfigFile(null, "db", null, null), read("migrations: db   " + comment));
        // a long line inside a quoted or block value is text, not a comment: the value keeps it
        String hashes = "#" + "y".repeat(2000);
        assertEquals(new ConfigFile(null, null, null, new ConfigFile.DatabaseSection("a " + hashes + " b", null)),
                parse("database:\n  url: \"a\n  " + hashes + "\n  b\"\n"));
        assertEquals(new ConfigFile(null, hashes + "\n", null, null), read("migrations: |\n  " + hashes + "\n"));
        assertEquals(new ConfigFile(null, "a #b" + "z".repeat(2000), null, null),
                read("migrations: 'a #b" + "z".repeat(2000) + "'\n"));
        // an error after a long comment is the file's own, with its line
        assertError("# " + "x".repeat(3_000_000) + "\nmigration: db\n", "shale.yaml:2:1: unknown key 'migration'",
                "did you mean 'migrations'? (the keys at the top of the file are schema, migrations, snapshots,"
                        + " database, generate; see docs/configuration.md)");
    }

    private ConfigFile read(String yaml) throws IOException {
        Path file = dir.resolve("shale.yaml");
        Files.writeString(file, yaml);
        return ConfigFileReader.read(file);
    }

    /** The file's values as read, without checking them (a test of the reader alone). */
    private ConfigFile parse(String yaml) throws IOException {
        Path file = dir.resolve("shale.yaml");
        Files.writeString(file, yaml);
        ConfigFileReader.Parsed parsed = ConfigFileReader.parse(file);
        assertEquals(List.of(), parsed.problems());
        return parsed.file();
    }

    private void assertError(String yaml, String message, String fix) {
        CommandException thrown = assertThrows(CommandException.class, () -> read(yaml), yaml);
        assertEquals(ExitCode.USAGE, thrown.exitCode());
        assertEquals(message, thrown.getMessage(), yaml);
        assertEquals(fix, thrown.fix(), yaml);
    }
}
