package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.MigrateResult;
import dev.shale.api.MigrationRefusedException;
import dev.shale.api.MigrationRefusedException.Reason;
import dev.shale.api.MigrationSource;
import dev.shale.api.MigrationState;
import dev.shale.api.MigrationStatus;
import dev.shale.api.Shale;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class ClasspathSourceTest {

    @TempDir
    Path root;

    private MigrationFiles project() {
        return new MigrationFiles(root.resolve("project"))
                .up("20260101000001", "one", "CREATE TABLE one (id int);")
                .down("20260101000001", "one", "DROP TABLE one;")
                .up("20260101000002", "two", "CREATE TABLE two (id int);");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    @Test
    void migratesFromAFolderOnTheClassPath(TestDatabase db) throws Exception {
        MigrationFiles project = project();
        Path classes = root.resolve("classes");
        Path target = Files.createDirectories(classes.resolve("db/shale"));
        for (Path file : files(project.folder())) {
            Files.copy(file, target.resolve(file.getFileName()));
        }
        Files.writeString(target.resolve("README.txt"), "ignored", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            MigrationSource source = MigrationSource.classpath("/db/shale/", loader);
            MigrateResult result = Shale.migrate(Db.dataSource(db), source);
            assertEquals(List.of("classpath:db/shale/20260101000001_one.sql", "classpath:db/shale/20260101000002_two.sql"),
                    result.applied().stream().map(a -> a.file()).toList());
            assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED),
                    Shale.status(Db.dataSource(db), source).migrations().stream().map(MigrationStatus::state).toList());
        }
    }

    @Test
    void migratesFromAJarWithoutFolderEntries(TestDatabase db) throws Exception {
        MigrationFiles project = project();
        Path jar = root.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Path file : files(project.folder())) {
                jarOut.putNextEntry(new JarEntry("BOOT-INF/classes/db/shale/" + file.getFileName()));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
            jarOut.putNextEntry(new JarEntry("BOOT-INF/classes/db/shale/nested/20260101000009_ignored.sql"));
            jarOut.write("SELECT 1/0;".getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            MigrationSource source = MigrationSource.classpath("BOOT-INF/classes/db/shale", loader);
            assertEquals(2, Shale.migrate(Db.dataSource(db), source).applied().size());
            assertEquals(List.of("20260101000001|one|1", "20260101000002|two|1"), Db.history(db));
            // the history checksums match the folder's, so the CLI and the application agree
            assertTrue(Shale.status(Db.dataSource(db), project.source()).upToDate());
        }
    }

    @Test
    void aMissingLocationIsRefused(TestDatabase db) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                    () -> Shale.migrate(Db.dataSource(db), MigrationSource.classpath("db/nowhere", loader)));
            assertEquals(Reason.SOURCE_NOT_FOUND, refused.reason());
            assertTrue(refused.getMessage().startsWith("the class path has no db/nowhere/shale.sum"), refused.getMessage());
        }
    }

    @Test
    void filesThatDoNotMatchTheSumAreRefused(TestDatabase db) throws Exception {
        MigrationFiles project = project();
        Path classes = root.resolve("classes");
        Path target = Files.createDirectories(classes.resolve("db/shale"));
        for (Path file : files(project.folder())) {
            Files.copy(file, target.resolve(file.getFileName()));
        }
        Files.writeString(target.resolve("20260101000002_two.sql"), "DROP TABLE one;", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                    () -> Shale.migrate(Db.dataSource(db), MigrationSource.classpath("db/shale", loader)));
            assertEquals(Reason.SUM_MISMATCH, refused.reason());
            assertEquals("classpath:db/shale/20260101000002_two.sql", refused.file().orElseThrow());
        }
        assertEquals(List.of(), Db.history(db));
    }
}
