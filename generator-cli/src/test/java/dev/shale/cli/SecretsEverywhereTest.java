package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every command, with a real role's random password given in each of the six ways, succeeding and
 * failing (a role that may not log in, a missing database, an unreachable port, a URL that cannot be
 * read with the password inside): no standard output, standard error or file written under the project
 * (backups, snapshots, pulled records, shale.yaml from init) holds the password, as written,
 * percent-encoded, or its random core alone.
 */
class SecretsEverywhereTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How the password reaches Shale. */
    enum Way { JDBC_PARAMETER, URI_USERINFO, PGPASSWORD, PGPASS, DATABASE_URL, SHALE_YAML }

    /** Where to connect: a server, a database and a user, with the password (or none). */
    private record Target(String hostPort, String database, String user) {
    }

    @TempDir
    Path root;

    private final List<String> outputs = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private Instant now = Instant.parse("2026-11-21T09:30:00Z");
    private String password;
    private Path project;

    private static String hex() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void noOutputOrFileHoldsThePassword(Way way) throws Exception {
        String core = hex();
        password = "S3c/" + core + "@!";
        String role = "shale_secret_" + hex();
        String locked = role + "_nologin";
        try (TestDatabase db = TestDatabase.create()) {
            db.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'",
                    "CREATE ROLE " + locked + " NOLOGIN PASSWORD '" + password + "'",
                    "ALTER DATABASE " + db.name() + " OWNER TO " + role);
            try {
                String server = db.url().host() + ":" + db.url().port();
                Target good = new Target(server, db.name(), role);
                project = Files.createDirectories(root.resolve("project"));
                environment.put("PATH", System.getenv().getOrDefault("PATH", ""));
                Path pgpass = root.resolve("pgpass");
                Files.writeString(pgpass, "*:*:*:*:" + password + "\n");
                Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
                System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
                try {
                    succeeding(way, good);
                    failing(way, new Target(server, db.name(), locked), true);
                    failing(way, new Target(server, "no_such_db_" + hex(), role), true);
                    failing(way, new Target("127.0.0.1:1", db.name(), role), false);
                    unreadable(way, good);
                } finally {
                    System.clearProperty("org.postgresql.pgpassfile");
                }
                assertNothingHolds(core);
            } finally {
                db.execute("REASSIGN OWNED BY " + role + " TO postgres", "DROP OWNED BY " + role,
                        "DROP ROLE " + role, "DROP ROLE " + locked);
            }
        }
    }

    private void succeeding(Way way, Target target) {
        configure(way, target);
        String url = url(way, target);
        Path init = root.resolve("init");
        run(init, 0, "init");
        run(project, 0, "generate", "--name", "notes");
        run(project, 0, "create", "seed");
        run(project, 0, "hash");
        run(project, 0, with(way, url, "migrate", "--dry-run"));
        run(project, 0, with(way, url, "migrate", "--dry-run", "--format", "json"));
        run(project, 0, with(way, url, "migrate", "--backup"));
        run(project, 0, with(way, url, "status"));
        run(project, 0, with(way, url, "status", "--format", "json"));
        run(project, 0, with(way, url, "rollback", "--force", "--format", "json"));
        run(project, 0, with(way, url, "migrate", "--format", "json"));
        run(project, 0, "diff", "--from", url, "--to", "records");
        run(project, 0, with(way, url, "push"));
        run(project, 0, "check", "--db", url);
        run(project, 0, "check", "--db", url, "--format", "json");
        run(project, 0, with(way, url, "pull", "--package", "dev.pulled", "--out", "pulled", "--no-baseline"));
        // the role may not create databases: verify fails, and says so without the password
        run(project, null, "verify", "--dev-url", url, "--format", "json");
    }

    /** Runs that fail to connect (exit 3); diff has no retry flag, so only a reachable server gets it. */
    private void failing(Way way, Target target, boolean reachable) {
        int exit = 3;
        configure(way, target);
        String url = url(way, target);
        String[] once = {"--connect-retries", "0"};
        run(project, exit, with(way, url, concat("migrate", once)));
        run(project, exit, with(way, url, concat("migrate", "--backup", "--connect-retries", "0")));
        run(project, exit, with(way, url, concat("status", "--format", "json", "--connect-retries", "0")));
        run(project, exit, with(way, url, concat("rollback", once)));
        run(project, exit, with(way, url, concat("push", once)));
        run(project, exit, with(way, url, concat("pull", "--package", "dev.pulled", "--out", "pulled2", "--no-baseline",
                "--connect-retries", "0")));
        if (reachable) {
            run(project, exit, "diff", "--from", url, "--to", "records");
            run(project, null, "verify", "--dev-url", url);
        }
        run(project, exit, "check", "--db", url, "--format", "json", "--connect-retries", "0");
    }

    /** The password inside a URL that cannot be read: unencoded in the user information. */
    private void unreadable(Way way, Target target) {
        String url = "postgresql://" + target.user() + ":" + password + "@" + target.hostPort() + "/" + target.database();
        environment.remove("PGPASSWORD");
        environment.remove("DATABASE_URL");
        writeYaml(way == Way.SHALE_YAML ? url : null);
        if (way == Way.DATABASE_URL) {
            environment.put("DATABASE_URL", url);
        }
        boolean configured = way == Way.DATABASE_URL || way == Way.SHALE_YAML;
        for (String command : List.of("migrate", "status", "rollback", "push")) {
            run(project, 2, configured ? new String[] {command} : new String[] {command, "--url", url});
        }
        run(project, 2, "diff", "--from", url, "--to", "records");
        run(project, 2, "check", "--db", url);
        run(project, 2, "verify", "--dev-url", url);
        run(project, 2, "migrate", "--url", url, "--connect-retries", "many");
        run(project, 2, "status", "--url=" + url, "--no-such-flag");
    }

    /** The environment and shale.yaml for a way; the URL commands then pass with --url, if any. */
    private void configure(Way way, Target target) {
        environment.remove("PGPASSWORD");
        environment.remove("DATABASE_URL");
        if (way == Way.PGPASSWORD) {
            environment.put("PGPASSWORD", password);
        }
        if (way == Way.DATABASE_URL) {
            environment.put("DATABASE_URL", url(way, target));
        }
        writeYaml(way == Way.SHALE_YAML ? url(way, target) : null);
    }

    private String url(Way way, Target target) {
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
        String jdbc = "jdbc:postgresql://" + target.hostPort() + "/" + target.database() + "?user=" + target.user();
        return switch (way) {
            case JDBC_PARAMETER, DATABASE_URL -> jdbc + "&password=" + encoded;
            case URI_USERINFO, SHALE_YAML -> "postgresql://" + target.user() + ":" + encoded + "@" + target.hostPort()
                    + "/" + target.database();
            case PGPASSWORD, PGPASS -> jdbc;
        };
    }

    /** The command with --url, unless the way configures the URL (DATABASE_URL, shale.yaml). */
    private static String[] with(Way way, String url, String... command) {
        if (way == Way.DATABASE_URL || way == Way.SHALE_YAML) {
            return command;
        }
        return Stream.concat(Stream.of(command), Stream.of("--url", url)).toArray(String[]::new);
    }

    /** shale.yaml reading the "valid" fixture, with {@code database.url} when {@code url} is not null. */
    private void writeYaml(String url) {
        new TestProject(project).withFixture("valid");
        if (url != null) {
            try {
                Files.writeString(project.resolve("shale.yaml"), "database:\n  url: \"" + url + "\"\n",
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs {@code shale ARGS -C dir}; {@code exit} null accepts any documented failure code. */
    private void run(Path dir, Integer exit, String... args) {
        InProcessShale.Output run = InProcessShale.run(environment, now, dir, args);
        now = now.plusSeconds(60);
        int code = run.exitCode();
        String output = run.all();
        outputs.add(args[0] + ": " + output);
        if (exit != null) {
            assertEquals(exit.intValue(), code, () -> String.join(" ", args) + "\n" + output);
        } else {
            assertNotEquals(ErrorReporter.INTERNAL, code, () -> String.join(" ", args) + "\n" + output);
        }
    }

    private void assertNothingHolds(String core) throws IOException {
        List<String> forms = List.of(core, password, URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertTrue(outputs.size() >= 40, "runs: " + outputs.size());
        for (String output : outputs) {
            for (String form : forms) {
                assertFalse(output.contains(form), () -> "the password appears in:\n" + output);
            }
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("pgpass")).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                boolean yaml = file.endsWith("shale.yaml") && file.startsWith(project);
                for (String form : forms) {
                    // the project's own shale.yaml holds the URL the shale.yaml way gave it
                    assertTrue(yaml || !text.contains(form), () -> "the password appears in " + root.relativize(file));
                }
            }
        }
    }

    private static String[] concat(String first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
