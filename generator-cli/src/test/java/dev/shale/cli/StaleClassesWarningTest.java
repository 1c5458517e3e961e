package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} and {@code check} warn, and still run, when a schema source is newer than its class. */
class StaleClassesWarningTest {

    private static final String NOTE = "dev/shale/cli/fixtures/valid/Note";
    private static final String WARNING = "warning: compiled classes are older than their sources: run mvn compile"
            + " before shale reads the records (src/main/java/" + NOTE + ".java is newer than target/classes/" + NOTE
            + ".class)";

    @TempDir
    Path temp;

    @Test
    void generateAndCheckWarnWhenASourceIsNewerThanItsClass() throws Exception {
        TestProject project = project();
        Path source = temp.resolve("src/main/java/" + NOTE + ".java");
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-11-21T10:00:00Z")));

        TestProject.Run generate = project.run("generate", "--name", "create_notes");
        TestProject.Run check = project.run("check");

        assertEquals(0, generate.exitCode(), generate.err());
        assertTrue(generate.err().contains(WARNING), generate.err());
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.err().contains(WARNING), check.err());
    }

    @Test
    void noWarningWhenTheClassesAreUpToDate() throws Exception {
        TestProject project = project();

        TestProject.Run generate = project.run("generate", "--name", "create_notes");

        assertEquals(0, generate.exitCode(), generate.err());
        assertFalse(generate.err().contains("warning"), generate.err());
    }

    /** A Maven-shaped project: the fixture's class in target/classes, compiled after its source was saved. */
    private TestProject project() throws IOException, URISyntaxException {
        TestProject project = new TestProject(temp);
        project.write("shale.yaml", """
                schema:
                  packages:
                    - dev.shale.cli.fixtures.valid
                  classpath:
                    - target/classes
                """);
        project.write("src/main/java/" + NOTE + ".java", "// the record's source\n");
        Path compiled = temp.resolve("target/classes/" + NOTE + ".class");
        Files.createDirectories(compiled.getParent());
        Path testClasses = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(testClasses.resolve(NOTE + ".class"), compiled);
        Files.setLastModifiedTime(temp.resolve("src/main/java/" + NOTE + ".java"),
                FileTime.from(Instant.parse("2026-11-21T08:00:00Z")));
        Files.setLastModifiedTime(compiled, FileTime.from(Instant.parse("2026-11-21T09:00:00Z")));
        return project;
    }
}
