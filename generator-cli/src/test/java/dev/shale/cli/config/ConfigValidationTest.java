package dev.shale.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.ExitCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of wrong value in shale.yaml and in the environment: named with its line (or variable) and its fix. */
class ConfigValidationTest {

    @TempDir
    Path dir;

    @Test
    void eachKindOfBadValueNamesItsLineColumnAndFix() throws IOException {
        assertProblem("schema:\n  packages: [com.example.ok, 1bad]\n", "shale.yaml:2:30: schema.packages must be a"
                + " Java package name such as com.example.schema, not \"1bad\"",
                "write it as packages: [com.example.schema] (see docs/configuration.md)");
        assertProblem("schema:\n  packages: []\n", "shale.yaml:2:13: schema.packages must name at least one package",
                "write it as packages: [com.example.schema] (see docs/configuration.md)");
        assertProblem("schema:\n  packages: [a]\n  classpath:\n    - target/classes\n    - \" \"\n",
                "shale.yaml:5:7: schema.classpath must name a folder or a jar, not \" \"",
                "write it as classpath: [target/classes] (see docs/configuration.md)");
        assertProblem("migrations: \"  \"\n", "shale.yaml:1:13: migrations must name a folder, not \"  \"",
                "write it as migrations: db/migrations (see docs/configuration.md)");
        assertProblem("database:\n  dataChecks: no-thanks\n", "shale.yaml:2:15: database.dataChecks must be true or"
                + " false, not \"no-thanks\"", "write it as dataChecks: true (see docs/configuration.md)");
        assertProblem("database:\n  lockRetries: many\n", "shale.yaml:2:16: database.lockRetries must be a count (a"
                + " whole number such as 5), not \"many\"", "write it as lockRetries: 5 (see docs/configuration.md)");
        assertProblem("database:\n  lockRetries: -1\n", "shale.yaml:2:16: database.lockRetries must be 0 or more (0"
                + " never retries), not \"-1\"", "write it as lockRetries: 5 (see docs/configuration.md)");
        assertProblem("database:\n  lockRetries: 1000000\n", "shale.yaml:2:16: database.lockRetries must be at most"
                + " 999999, not \"1000000\"", "write it as lockRetries: 5 (see docs/configuration.md)");
        assertProblem("database:\n  lockRetryBackoff: 1.5s\n", "shale.yaml:2:21: database.lockRetryBackoff must be a"
                + " duration (a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m; 0 for none), not \"1.5s\"",
                "write it as lockRetryBackoff: 1s (see docs/configuration.md)");
        assertProblem("database:\n  lockRetryBackoff: 400d\n", "shale.yaml:2:21: database.lockRetryBackoff must be a"
                + " duration of at most 8760h (a whole number with a unit: 250ms, 10s, 5m, 1h or 1h30m; 0 for none),"
                + " not \"400d\"", "write it as lockRetryBackoff: 1s (see docs/configuration.md)");
        assertProblem("generate:\n  online: yes\n", "shale.yaml:2:11: generate.online must be true or false, not"
                + " \"yes\"", "write it as online: true (see docs/configuration.md)");
    }

    @Test
    void aDatabaseUrlIsCheckedInTheFormsTheCliAcceptsAndNeverShown() throws IOException {
        for (String good : List.of("jdbc:postgresql://localhost:5432/app?user=app", "postgres://u@db/app",
                "postgresql://u:secret@db:5433/app?sslmode=require")) {
            write("database:\n  url: " + good + "\n  devUrl: " + good + "\n  spellingUrl: " + good + "\n");
            assertEquals(good, load(Map.of()).databaseUrl());
        }
        for (String key : List.of("url", "devUrl", "spellingUrl")) {
            ConfigException e = problems("database:\n  " + key + ": mysql://root:hunter2@db/app\n", Map.of());
            assertEquals("shale.yaml:2:" + (key.length() + 5) + ": database." + key + " is not a PostgreSQL URL (not"
                    + " shown: it may hold a password): it starts with mysql://, not jdbc:postgresql: or postgresql://;"
                    + " expected jdbc:postgresql://host:port/database?user=NAME or postgresql://user@host:port/database",
                    e.getMessage());
            assertFalse(e.getMessage().contains("hunter2") || e.fix().contains("hunter2"), e.getMessage());
        }
    }

    @Test
    void anUnknownKeyGetsTheKeyMeantOrWhereItBelongs() throws IOException {
        assertProblem("database:\n  lockRetry: 3\n", "shale.yaml:2:3: unknown key 'database.lockRetry'",
                "did you mean 'lockRetries'? (the keys under database are url, devUrl, spellingUrl, dataChecks,"
                        + " lockRetries, lockRetryBackoff; see docs/configuration.md)");
        assertProblem("database:\n  devurl: postgres://db/x\n", "shale.yaml:2:3: unknown key 'database.devurl'",
                "did you mean 'devUrl'? (the keys under database are url, devUrl, spellingUrl, dataChecks,"
                        + " lockRetries, lockRetryBackoff; see docs/configuration.md)");
        assertProblem("snapshot: db\n", "shale.yaml:1:1: unknown key 'snapshot'", "did you mean 'snapshots'? (the keys"
                + " at the top of the file are schema, migrations, snapshots, database, generate; see"
                + " docs/configuration.md)");
        assertProblem("url: postgres://db/app\n", "shale.yaml:1:1: unknown key 'url'", "did you mean 'database.url'?"
                + " Write it under database: as url: jdbc:postgresql://localhost:5432/app?user=app");
        assertProblem("generate:\n  migrations: db\n", "shale.yaml:2:3: unknown key 'generate.migrations'",
                "did you mean 'migrations'? It belongs at the top of the file, not under generate");
        assertProblem("history:\n  table: x\n", "shale.yaml:1:1: unknown key 'history'", "remove it, or use a known"
                + " key: the keys at the top of the file are schema, migrations, snapshots, database, generate; see"
                + " docs/configuration.md");
    }

    @Test
    void reportsEveryProblemAtOnceInTheOrderOfTheFileThenTheEnvironment() throws IOException {
        ConfigException e = problems("""
                schema:
                  packages: [com.example.schema]
                  clas_path: [target/classes]
                database:
                  lockRetries: five
                  lockRetryBackoff: 5 seconds
                  dataChecks: true
                  dataChecks: false
                generate:
                  online: sometimes
                """, Map.of("SHALE_LOCK_RETRIES", "lots", "SHALE_GENERATE_ONLINE", "on"));

        assertEquals(List.of(
                "shale.yaml:3:3: unknown key 'schema.clas_path'",
                "shale.yaml:5:16: database.lockRetries must be a count (a whole number such as 5), not \"five\"",
                "shale.yaml:6:21: database.lockRetryBackoff must be a duration (a whole number with a unit: 250ms,"
                        + " 10s, 5m, 1h or 1h30m; 0 for none), not \"5 seconds\"",
                "shale.yaml:8:3: key 'database.dataChecks' is given twice",
                "shale.yaml:10:11: generate.online must be true or false, not \"sometimes\"",
                "SHALE_LOCK_RETRIES must be a count (a whole number such as 5), not \"lots\"",
                "SHALE_GENERATE_ONLINE must be true or false, not \"on\""),
                e.problems().stream().map(ConfigProblem::describe).toList());
        assertEquals("did you mean 'classpath'? (the keys under schema are packages, classpath; see"
                + " docs/configuration.md)", e.problems().get(0).fix());
        assertTrue(e.getMessage().startsWith("the configuration has 7 problems; nothing was run:\n"
                + "  shale.yaml:3:3: unknown key 'schema.clas_path'\n    fix: did you mean 'classpath'?"), e.getMessage());
        assertEquals("fix each one as said above (docs/configuration.md describes every key)", e.fix());
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @Test
    void environmentVariablesAreValidatedTheSameWayAndNamed() throws IOException {
        write("database:\n  url: postgres://db/app\n");
        Map<String, String> bad = new HashMap<>();
        bad.put("SHALE_SCHEMA_PACKAGES", "com.example.ok, com.example.2bad");
        bad.put("SHALE_CLASSPATH", "target/classes");
        bad.put("SHALE_MIGRATIONS_DIR", "db/migrations");
        bad.put("DATABASE_URL", "mysql://x/y");
        bad.put("SHALE_DEV_DATABASE_URL", "postgres://");
        bad.put("SHALE_SPELLING_DATABASE_URL", "jdbc:postgresql://db/scratch");
        bad.put("SHALE_LOCK_RETRIES", "-2");
        bad.put("SHALE_LOCK_RETRY_BACKOFF", "soon");
        bad.put("SHALE_GENERATE_ONLINE", "yes");
        ConfigException e = assertThrows(ConfigException.class, () -> load(bad));

        List<String> described = e.problems().stream().map(ConfigProblem::describe).toList();
        assertEquals(6, described.size(), described.toString());
        assertTrue(described.contains("SHALE_SCHEMA_PACKAGES (entry 2) must be a Java package name such as"
                + " com.example.schema, not \"com.example.2bad\""), described.toString());
        assertTrue(described.stream().anyMatch(d -> d.startsWith("DATABASE_URL is not a PostgreSQL URL (not shown")),
                described.toString());
        assertTrue(described.stream().anyMatch(d -> d.startsWith("SHALE_DEV_DATABASE_URL is not a PostgreSQL URL")),
                described.toString());
        assertTrue(described.contains("SHALE_LOCK_RETRIES must be 0 or more (0 never retries), not \"-2\""),
                described.toString());
        assertTrue(described.contains("SHALE_LOCK_RETRY_BACKOFF must be a duration (a whole number with a unit:"
                + " 250ms, 10s, 5m, 1h or 1h30m; 0 for none), not \"soon\""), described.toString());
        assertTrue(described.contains("SHALE_GENERATE_ONLINE must be true or false, not \"yes\""), described.toString());
        ConfigProblem retries = e.problems().stream().filter(p -> p.message().startsWith("SHALE_LOCK_RETRIES"))
                .findFirst().orElseThrow();
        assertEquals("", retries.where());
        assertEquals("set SHALE_LOCK_RETRIES to a value such as 5, or unset it to use database.lockRetries of"
                + " shale.yaml (see docs/configuration.md)", retries.fix());
    }

    @Test
    void onlyTheDatabaseUrlVariableInUseIsChecked() throws IOException {
        write("");
        Map<String, String> environment = Map.of("SHALE_DATABASE_URL", "postgres://db/app",
                "DATABASE_URL", "mysql://another-application/db");
        assertEquals("postgres://db/app", load(environment).databaseUrl());
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of("SHALE_DATABASE_URL", "redis://cache")));
        assertTrue(e.getMessage().startsWith("SHALE_DATABASE_URL is not a PostgreSQL URL"), e.getMessage());
    }

    @Test
    void validValuesFromTheFileAndTheEnvironmentAreApplied() throws IOException {
        write("""
                schema:
                  packages: com.example.schema
                  classpath: [target/classes]
                migrations: db/migrations
                database:
                  url: jdbc:postgresql://localhost:5432/app?user=app
                  dataChecks: false
                  lockRetries: 0
                  lockRetryBackoff: 1h30m
                generate:
                  online: false
                """);
        ShaleConfig config = load(Map.of("SHALE_SNAPSHOTS_DIR", "db/snapshots", "SHALE_LOCK_RETRIES", " 7 ",
                "SHALE_CLASSPATH", "a" + File.pathSeparator + " b "));
        assertEquals(List.of("com.example.schema"), config.schemaPackages());
        assertEquals(List.of(dir.resolve("a").toAbsolutePath().normalize(), dir.resolve("b").toAbsolutePath().normalize()),
                config.classpath());
        assertEquals(dir.resolve("db/migrations").toAbsolutePath().normalize(), config.migrationsDir());
        assertEquals(dir.resolve("db/snapshots").toAbsolutePath().normalize(), config.snapshotsDir());
        assertFalse(config.dataChecks());
        assertEquals(7, config.lockRetries());
        assertEquals(Duration.ofMinutes(90), config.lockRetryBackoff());
        assertFalse(config.generateOnline());
    }

    private void assertProblem(String yaml, String message, String fix) throws IOException {
        ConfigException e = problems(yaml, Map.of());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(message, e.getMessage(), yaml);
        assertEquals(fix, e.fix(), yaml);
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    private ConfigException problems(String yaml, Map<String, String> environment) throws IOException {
        write(yaml);
        return assertThrows(ConfigException.class, () -> load(environment), yaml);
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dir.resolve("shale.yaml"), yaml);
    }

    private ShaleConfig load(Map<String, String> environment) {
        return new ConfigLoader(environment).load(dir, List.of(), List.of());
    }
}
