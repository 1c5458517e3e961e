package dev.shale.migrations.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.migrations.files.AtomicFileSet.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileSetTest {

    @TempDir
    Path project;

    private final AtomicFileSet writer = new AtomicFileSet(p -> project.relativize(p).toString().replace('\\', '/'));

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.map(p -> project.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndCreatesFolders() throws IOException {
        Files.writeString(project.resolve("sum"), "old");
        writer.write(List.of(new Target(project.resolve("a/one"), text("1"), false),
                new Target(project.resolve("b/c/two"), text("2"), false),
                new Target(project.resolve("sum"), text("new"), true)));
        assertEquals(List.of("", "a", "a/one", "b", "b/c", "b/c/two", "sum"), tree());
        assertEquals("2", Files.readString(project.resolve("b/c/two")));
        assertEquals("new", Files.readString(project.resolve("sum")));
    }

    @Test
    void anExistingTargetUndoesTheFilesAlreadyPlaced() throws IOException {
        Files.createDirectories(project.resolve("snapshots"));
        Files.writeString(project.resolve("snapshots/s.json"), "theirs");
        Files.writeString(project.resolve("sum"), "old");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> writer.write(List.of(
                new Target(project.resolve("migrations/up.sql"), text("up"), false),
                new Target(project.resolve("migrations/down.sql"), text("down"), false),
                new Target(project.resolve("snapshots/s.json"), text("ours"), false),
                new Target(project.resolve("sum"), text("new"), true))));
        assertEquals(ProjectFileException.Problem.FILE_EXISTS, e.problem());
        assertEquals("snapshots/s.json already exists; Shale never overwrites a migration or a snapshot."
                + " Nothing was changed.", e.description());
        assertEquals(List.of("", "snapshots", "snapshots/s.json", "sum"), tree());
        assertEquals("theirs", Files.readString(project.resolve("snapshots/s.json")));
        assertEquals("old", Files.readString(project.resolve("sum")));
    }

    @Test
    void aFailedReplacementUndoesEverythingBeforeIt() throws IOException {
        Path blocked = project.resolve("sum");
        Files.createDirectories(blocked.resolve("in-the-way"));
        Files.writeString(project.resolve("keep"), "kept");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> writer.write(List.of(
                new Target(project.resolve("m/up.sql"), text("up"), false),
                new Target(project.resolve("keep"), text("replaced"), true),
                new Target(blocked, text("new"), true))));
        assertEquals(ProjectFileException.Problem.WRITE_FAILED, e.problem());
        assertEquals("sum", e.path().orElseThrow());
        assertEquals(List.of("", "keep", "sum", "sum/in-the-way"), tree());
        assertArrayEquals(text("kept"), Files.readAllBytes(project.resolve("keep")));
        assertFalse(e.description().contains(project.toString()), e.description());
    }

    @Test
    void removesFilesAndWritesTheRestTogether() throws IOException {
        Files.writeString(project.resolve("up.sql"), "up");
        Files.writeString(project.resolve("down.sql"), "down");
        Files.writeString(project.resolve("sum"), "old");
        writer.removeAndWrite(List.of(project.resolve("up.sql"), project.resolve("down.sql")),
                List.of(new Target(project.resolve("sum"), text("new"), true)));
        assertEquals(List.of("", "sum"), tree());
        assertEquals("new", Files.readString(project.resolve("sum")));
    }

    @Test
    void aFailedWritePutsTheRemovedFilesBack() throws IOException {
        Files.writeString(project.resolve("up.sql"), "up");
        Files.writeString(project.resolve("down.sql"), "down");
        Path blocked = project.resolve("sum");
        Files.createDirectories(blocked.resolve("in-the-way"));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> writer.removeAndWrite(
                List.of(project.resolve("up.sql"), project.resolve("down.sql")),
                List.of(new Target(blocked, text("new"), true))));
        assertEquals(ProjectFileException.Problem.WRITE_FAILED, e.problem());
        assertEquals(List.of("", "down.sql", "sum", "sum/in-the-way", "up.sql"), tree());
        assertEquals("up", Files.readString(project.resolve("up.sql")));
        assertEquals("down", Files.readString(project.resolve("down.sql")));
    }

    @Test
    void aFileThatCannotBeRemovedChangesNothing() throws IOException {
        Files.writeString(project.resolve("up.sql"), "up");
        Files.writeString(project.resolve("sum"), "old");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> writer.removeAndWrite(
                List.of(project.resolve("up.sql"), project.resolve("gone.sql")),
                List.of(new Target(project.resolve("sum"), text("new"), true))));
        assertEquals("could not remove gone.sql: NoSuchFile. Nothing was changed.", e.description());
        assertEquals(List.of("", "sum", "up.sql"), tree());
        assertEquals("old", Files.readString(project.resolve("sum")));
    }
}
