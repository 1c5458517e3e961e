package dev.shale.junit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrationSource;
import dev.shale.junit.ShaleDatabase;
import dev.shale.junit.ShaleTestDatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the migrations are found: attributes, then the migrations folder, then shale.yaml. */
class MigrationLocatorTest {

    @ShaleDatabase
    private static final class Defaults {
    }

    @ShaleDatabase(classpath = "/db/shale/")
    private static final class OnTheClasspath {
    }

    @ShaleDatabase(migrations = "sql/up")
    private static final class InAFolder {
    }

    @ShaleDatabase(migrations = "sql", classpath = "db/shale")
    private static final class Both {
    }

    @Test
    void theConventionalFolderComesFirst(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("shale.yaml"), "migrations: elsewhere\n");

        assertEquals(MigrationSource.folder(project.resolve("migrations")), locate(project, Defaults.class));
    }

    @Test
    void shaleYamlNamesTheFolderOtherwise(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("db/migrations"));
        Files.writeString(project.resolve("shale.yaml"), "schema:\n  packages: [a.b]\nmigrations: \"db/migrations\""
                + "  # where they are\nsnapshots: snapshots\n");

        assertEquals(MigrationSource.folder(project.resolve("db/migrations")), locate(project, Defaults.class));
    }

    @Test
    void attributesChooseTheSource(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("sql/up"));

        assertEquals(MigrationSource.folder(project.resolve("sql/up")), locate(project, InAFolder.class));
        MigrationSource classpath = locate(project, OnTheClasspath.class);
        assertEquals("classpath:db/shale", classpath.describe());
    }

    @Test
    void nothingFoundIsAnErrorNamingTheFix(@TempDir Path project) {
        ShaleTestDatabaseException e = assertThrows(ShaleTestDatabaseException.class, () -> locate(project, Defaults.class));
        assertTrue(e.getMessage().startsWith("@ShaleDatabase on T finds no migrations: there is no folder "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Set @ShaleDatabase(migrations = \"path/to/migrations\") or"
                + " @ShaleDatabase(classpath = \"db/shale\")."), e.getMessage());
    }

    @Test
    void aMissingFolderAndTwoSourcesAreErrors(@TempDir Path project) {
        assertTrue(assertThrows(ShaleTestDatabaseException.class, () -> locate(project, InAFolder.class))
                .getMessage().contains("does not exist. Fix migrations = \"sql/up\""));
        assertEquals("@ShaleDatabase on T sets both migrations = \"sql\" and classpath = \"db/shale\"; keep one.",
                assertThrows(ShaleTestDatabaseException.class, () -> locate(project, Both.class)).getMessage());
    }

    private static MigrationSource locate(Path project, Class<?> annotated) {
        return new MigrationLocator(project).locate(annotated.getAnnotation(ShaleDatabase.class), "T");
    }
}
