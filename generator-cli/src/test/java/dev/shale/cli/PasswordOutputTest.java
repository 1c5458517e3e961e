package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** No output of any command, succeeding or failing, contains the password (URL, PGPASSWORD or .pgpass). */
@ExtendWith(PostgresExtension.class)
class PasswordOutputTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private final List<String> outputs = new ArrayList<>();

    private static String random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private DatabaseProject.Run run(DatabaseProject project, int expectedExit, String... args) {
        DatabaseProject.Run run = project.run(args);
        outputs.add(run.all());
        assertEquals(expectedExit, run.exitCode(), run.all());
        return run;
    }

    @Test
    void noOutputContainsThePassword(TestDatabase db) throws Exception {
        String role = "shale_pw_" + random();
        String secret = "s3cret-" + random();
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + secret + "'",
                "GRANT CREATE ON SCHEMA public TO " + role);
        try {
            String server = "127.0.0.1:" + db.url().port();
            String good = "jdbc:postgresql://" + db.url().host() + ":" + db.url().port() + "/" + db.name() + "?user="
                    + role + "&password=" + secret;
            String refused = "jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=" + role + "&password=" + secret;
            DatabaseProject project = new DatabaseProject(dir.resolve("project"), db)
                    .up("20260101000001", "one", "CREATE TABLE one (id int);")
                    .down("20260101000001", "one", "DROP TABLE one;");
            project.environment().put("DATABASE_URL", good);
            String[] fast = {"--connect-retries", "1", "--connect-retry-delay", "10ms"};

            // successes, with the password in DATABASE_URL, in --url, and the connection's own
            run(project, 0, "status");
            run(project, 0, "migrate", "--dry-run");
            run(project, 0, "migrate", "--dry-run", "--format", "json");
            run(project, 0, "migrate", "--backup");
            run(project, 0, "status", "--format", "json", "--url", good);
            run(project, 0, "rollback", "--dry-run", "--url", good);
            run(project, 0, "rollback", "--format", "json");
            run(project, 0, "migrate", "--format", "json");

            // a migration that fails, then one that the role may not run
            project.up("20260101000002", "bad", "CREATE TABEL two (id int);");
            DatabaseProject.Run syntax = run(project, 3, "migrate");
            assertTrue(syntax.err().contains("SYNTAX"), syntax.all());
            project.up("20260101000002", "bad", "ALTER ROLE postgres NOSUPERUSER;");
            run(project, 3, "migrate", "--format", "json");
            project.up("20260101000002", "bad", "CREATE TABLE two (id int);");

            // refused connections: the password in the URL, in PGPASSWORD, in a libpq URI, in .pgpass
            DatabaseProject.Run wrongPort = run(project, 3, concat(new String[] {"migrate", "--url", refused}, fast));
            assertTrue(wrongPort.err().contains("CONNECTION_REFUSED"), wrongPort.all());
            project.environment().put("PGPASSWORD", secret);
            run(project, 3, concat(new String[] {"migrate", "--url", refused}, fast));
            run(project, 3, concat(new String[] {"status", "--url", "jdbc:postgresql://127.0.0.1:1/x?user=" + role}, fast));
            run(project, 3, concat(new String[] {"rollback", "--url", "postgresql://" + role + ":" + secret
                    + "@127.0.0.1:1/" + db.name()}, fast));
            project.environment().put("DATABASE_URL", refused);
            run(project, 3, concat(new String[] {"migrate", "--backup"}, fast));
            run(project, 3, concat(new String[] {"status", "--format", "json"}, fast));
            project.environment().remove("PGPASSWORD");
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "*:*:*:" + role + ":" + secret + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            try {
                run(project, 3, concat(new String[] {"migrate", "--url", "jdbc:postgresql://127.0.0.1:1/x?user=" + role},
                        fast));
                run(project, 0, "status", "--url", "jdbc:postgresql://" + server + "/" + db.name() + "?user=" + role);
            } finally {
                System.clearProperty("org.postgresql.pgpassfile");
            }

            // authentication, a missing database, an unreadable URL, an unreadable command line
            run(project, 3, "status", "--url", "jdbc:postgresql://" + server + "/" + db.name() + "?user=nobody_"
                    + random() + "&password=" + secret);
            run(project, 3, "status", "--url", "jdbc:postgresql://" + server + "/no_db_" + random() + "?user=" + role
                    + "&password=" + secret);
            run(project, 2, "migrate", "--url", "mysql://" + role + ":" + secret + "@localhost/db");
            run(project, 2, "migrate", "--url", "jdbc:mysql://localhost/db?password=" + secret);
            run(project, 2, "migrate", "--url", "postgresql://" + role + ":" + secret + "@localhost/db", "--bogus");
            run(project, 2, "migrate", "--url=postgresql://" + role + ":" + secret + "@localhost/db", "extra");
            run(project, 2, "migrate", "--url", good, "--url", refused);

            // and as a separate process, where the driver's own logging would show
            Map<String, String> environment = new HashMap<>();
            environment.put("PGPASSWORD", secret);
            environment.put("DATABASE_URL", null);
            environment.put("SHALE_DATABASE_URL", null);
            ShaleProcess.Result process = ShaleProcess.start(Files.createDirectories(dir.resolve("output")), "refused",
                    environment, concat(new String[] {"migrate", "-C", project.dir().toString(), "--url",
                            "jdbc:postgresql://127.0.0.1:1/x?user=" + role + "&loggerLevel=DEBUG"}, fast)).finish();
            outputs.add(process.all());
            assertEquals(3, process.exitCode(), process.all());

            assertTrue(outputs.size() >= 25, "runs: " + outputs.size());
            for (String output : outputs) {
                assertFalse(output.contains(secret), () -> "the password appears in:\n" + output);
            }
        } finally {
            db.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
