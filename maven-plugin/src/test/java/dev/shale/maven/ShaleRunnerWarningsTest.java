package dev.shale.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale:migrate} shows migrate's warnings at the log's warning level: a view on a column a pending migration
 * drops is named before the migration fails on it, and the rows stay.
 */
@ExtendWith(PostgresExtension.class)
class ShaleRunnerWarningsTest {

    @TempDir
    Path project;

    /** A log that keeps its warnings. */
    private static final class WarningsLog extends SystemStreamLog {
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
            super.warn(content);
        }
    }

    private void migration(String file, String sql) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations").resolve(file), sql);
    }

    private void shale(WarningsLog log, String... arguments) throws MojoExecutionException, MojoFailureException {
        List<String> all = new ArrayList<>(List.of("-C", project.toString()));
        all.addAll(List.of(arguments));
        new ShaleRunner(log).run(arguments[0], Map.of(), new ShaleArguments(all.toArray(new String[0])), null);
    }

    @Test
    void aViewOnADroppedColumnIsAWarningBeforeTheMigrationFails(TestDatabase db) throws Exception {
        WarningsLog log = new WarningsLog();
        migration("20260101000001_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);\n"
                + "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');\n");
        migration("20260101000001_users.down.sql", "DROP TABLE users;\n");
        shale(log, "hash");
        shale(log, "migrate", "--url", db.jdbcUrl());
        db.execute("CREATE VIEW user_emails AS SELECT id, email FROM users");
        migration("20260101000002_drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n");
        migration("20260101000002_drop_email.down.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        shale(log, "hash");

        assertThrows(MojoExecutionException.class, () -> shale(log, "migrate", "--url", db.jdbcUrl()));

        assertTrue(log.warnings.contains("warning: view public.user_emails depends on column public.users.email, which"
                + " migrations/20260101000002_drop_email.sql drops: the migration will fail (PostgreSQL does not drop"
                + " what other objects depend on); drop or change the view first, in the migration"), log.warnings
                .toString());
        assertEquals(List.of("2"), db.firstColumn("SELECT count(*) FROM user_emails"));
    }
}
