package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.BackupException;
import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.ErrorClass;
import dev.shale.api.MigrateOptions;
import dev.shale.api.MigrationFailedException;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.migrations.runner.backup.PgDumpBackup;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** No password, from the URL, PGPASSWORD or .pgpass, appears in any message of any failure. */
@ExtendWith(PostgresExtension.class)
class PasswordTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path root;

    private final List<String> texts = new ArrayList<>();

    private static String random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private <T extends Throwable> T capture(Class<T> type, Executable run) {
        T failure = assertThrows(type, run);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        texts.add(failure.getMessage());
        texts.add(failure.toString());
        texts.add(trace.toString());
        if (failure instanceof DatabaseException database) {
            texts.add(database.error().toString());
            if (database instanceof MigrationFailedException migration) {
                texts.add(String.valueOf(migration.statement()));
            }
        }
        return failure;
    }

    @Test
    void noMessageContainsThePassword(TestDatabase db) throws Exception {
        String role = "shale_pw_" + random();
        String secret = "s3cret-" + random();
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + secret + "'");
        try {
            MigrationFiles files = new MigrationFiles(root)
                    .up("20260101000001", "one", "CREATE TABLE one (id int);");
            String base = "jdbc:postgresql://" + db.url().host() + ":" + db.url().port() + "/";
            DatabaseUrl good = DatabaseUrl.parse(base + db.name() + "?user=" + role + "&password=" + secret);
            RunnerSettings fast = RunnerSettings.DEFAULTS.withConnectRetries(1, Duration.ofMillis(10));
            MigrateOptions options = MigrateOptions.DEFAULTS.withSettings(fast);

            // the role may not create tables in public (PostgreSQL 15): a permission failure
            MigrationFailedException permission = capture(MigrationFailedException.class,
                    () -> Shale.migrate(good, files.source(), options));
            assertEquals(ErrorClass.PERMISSION, permission.errorClass());

            // a wrong port: refused, retried once
            DatabaseException refused = capture(DatabaseException.class, () -> Shale.migrate(
                    DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=" + role + "&password="
                            + secret), files.source(), options));
            assertEquals(ErrorClass.CONNECTION_REFUSED, refused.errorClass());
            assertTrue(refused.getMessage().contains(":1/" + db.name() + "?user=" + role + " after"), refused.getMessage());
            assertTrue(refused.getMessage().contains("after 2 attempts"), refused.getMessage());

            // a database that does not exist
            DatabaseException missing = capture(DatabaseException.class, () -> Shale.status(
                    DatabaseUrl.parse(base + "no_such_db_" + random() + "?user=" + role + "&password=" + secret),
                    files.source(), fast));
            assertEquals(ErrorClass.DATABASE_MISSING, missing.errorClass());

            // a role that does not exist
            DatabaseException authentication = capture(DatabaseException.class, () -> Shale.status(
                    DatabaseUrl.parse(base + db.name() + "?user=nobody_" + random() + "&password=" + secret),
                    files.source(), fast));
            assertEquals(ErrorClass.AUTHENTICATION, authentication.errorClass());

            // a libpq URI, PGPASSWORD and .pgpass
            capture(DatabaseException.class, () -> Shale.status(DatabaseUrl.parse("postgresql://" + role + ":" + secret
                    + "@127.0.0.1:1/" + db.name()), files.source(), fast));
            DatabaseUrl fromEnvironment = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user="
                    + role).withPasswordFrom(Map.of("PGPASSWORD", secret));
            assertEquals(DatabaseUrl.PasswordSource.PGPASSWORD, fromEnvironment.passwordSource());
            capture(DatabaseException.class, () -> Shale.status(fromEnvironment, files.source(), fast));
            Path pgpass = root.resolve("pgpass");
            Files.writeString(pgpass, "127.0.0.1:1:*:" + role + ":" + secret + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            try {
                DatabaseUrl fromFile = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=" + role)
                        .withPasswordFrom(Map.of());
                assertEquals(DatabaseUrl.PasswordSource.PGPASS, fromFile.passwordSource());
                assertEquals(secret, fromFile.password().orElseThrow());
                capture(DatabaseException.class, () -> Shale.status(fromFile, files.source(), fast));
                texts.add(fromFile.toString());
                texts.add(String.valueOf(fromFile.libpqEnvironment().keySet()));
            } finally {
                System.clearProperty("org.postgresql.pgpassfile");
            }

            // a migration failure on a good connection, and a lock timeout
            db.execute("GRANT CREATE ON SCHEMA public TO " + role);
            files.up("20260101000002", "bad", "CREATE TABEL two (id int);");
            capture(MigrationFailedException.class, () -> Shale.migrate(good, files.source(), options));
            files.delete("20260101000002_bad.sql");
            Shale.migrate(good, files.source(), options);
            files.up("20260101000002", "alter", "ALTER TABLE one ADD COLUMN b int;");
            try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
                blocker.setAutoCommit(false);
                statement.execute("LOCK TABLE one IN ACCESS EXCLUSIVE MODE");
                MigrationFailedException locked = capture(MigrationFailedException.class, () -> Shale.migrate(good,
                        files.source(), options.withSettings(fast.withLockTimeout(Duration.ofMillis(200)))));
                assertEquals(ErrorClass.LOCK_TIMEOUT, locked.errorClass());
                blocker.rollback();
            }

            // an unparseable URL, and pg_dump failing and missing
            capture(IllegalArgumentException.class, () -> DatabaseUrl.parse("jdbc:mysql://h/db?password=" + secret));
            capture(BackupException.class, () -> PgDumpBackup.onPath().write(DatabaseUrl.parse(
                    "jdbc:postgresql://127.0.0.1:1/" + db.name() + "?user=" + role + "&password=" + secret),
                    root.resolve("backup.dump")));
            capture(BackupException.class, () -> PgDumpBackup.searching("").write(good, root.resolve("none.dump")));

            texts.add(good.toString());
            texts.add(good.redacted());
            texts.add(good.jdbcUrl());
            assertTrue(texts.size() > 30);
            for (String text : texts) {
                assertFalse(text.contains(secret), () -> "the password appears in: " + text);
            }
        } finally {
            db.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }
}
