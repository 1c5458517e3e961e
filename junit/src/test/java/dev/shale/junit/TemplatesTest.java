package dev.shale.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrationSource;
import dev.shale.junit.internal.Fingerprint;
import dev.shale.junit.internal.FreshDatabases;
import dev.shale.junit.internal.Jdbc;
import dev.shale.junit.internal.ServerEndpoint;
import dev.shale.junit.internal.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are keyed by the migrations' checksums: another set of migrations builds another template. */
class TemplatesTest {

    private final ServerEndpoint server = ServerQueries.defaultServer();
    private final List<String> made = new ArrayList<>();

    @Test
    void anAddedMigrationBuildsANewTemplateAndKeepsTheOld(@TempDir Path project) throws IOException, SQLException {
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        // a comment unique to this run, so that the template is built here and not found from an earlier run
        Fixtures.write(migrations, "20260101000000_create_notes.sql", "-- run " + UUID.randomUUID() + "\n"
                + "CREATE TABLE notes (id int PRIMARY KEY);\n");
        MigrationSource source = MigrationSource.folder(migrations);
        String first = remember(Templates.ensure(server, source));
        assertEquals(first, Templates.ensure(server, source), "the same files find the same template");

        Fixtures.write(migrations, "20260101000100_create_tags.sql", "CREATE TABLE tags (id int PRIMARY KEY);\n");
        String second = remember(Templates.ensure(server, source));

        assertNotEquals(first, second);
        assertTrue(ServerQueries.exists(server, first));
        assertTrue(ServerQueries.exists(server, second));
        assertEquals(List.of("notes"), tablesOfACopy(first));
        assertEquals(List.of("notes", "tags"), tablesOfACopy(second));
    }

    @Test
    void anEditedOrAddedDownFileNamesAnotherTemplate(@TempDir Path project) throws IOException {
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Fixtures.write(migrations, "20260101000000_create_notes.sql", "CREATE TABLE notes (id int);\n");
        MigrationSource source = MigrationSource.folder(migrations);
        String plain = Fingerprint.of(source);

        Fixtures.write(migrations, "20260101000000_create_notes.down.sql", "DROP TABLE notes;\n");
        String withDown = Fingerprint.of(source);
        Fixtures.write(migrations, "20260101000000_create_notes.sql", "CREATE TABLE notes (id bigint);\n");
        String edited = Fingerprint.of(source);

        assertEquals(3, Set.of(plain, withDown, edited).size(), plain + " " + withDown + " " + edited);
        assertTrue(Templates.name(edited).matches("shale_tpl_[0-9a-f]{16}"), Templates.name(edited));
    }

    private String remember(String template) {
        made.add(template);
        return template;
    }

    private List<String> tablesOfACopy(String template) throws SQLException {
        String copy = FreshDatabases.create(server, template);
        try {
            return ServerQueries.column(Jdbc.dataSource(server.database(copy)),
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'shale\\_%'"
                            + " ORDER BY tablename");
        } finally {
            FreshDatabases.drop(server, copy);
        }
    }

    /** The templates of this test's own migrations are dropped: no later run has the same files. */
    @AfterEach
    void dropTheTemplatesMadeHere() {
        for (String template : made) {
            FreshDatabases.drop(server, template);
        }
    }
}
