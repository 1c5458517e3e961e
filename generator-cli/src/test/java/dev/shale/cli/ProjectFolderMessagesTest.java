package dev.shale.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages about the project folder, and names with control characters in what generate prints (issue 9, item 12). */
class ProjectFolderMessagesTest {

    @TempDir
    Path temp;

    @Test
    void aMissingProjectFolderIsNamedWithTheFix() {
        Path missing = temp.resolve("nope");
        for (String command : new String[] {"migrate", "check", "generate", "status", "hash"}) {
            TestProject.Run run = new TestProject(missing).run(command);
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("error: the project folder " + missing + " does not exist"), run.err());
            assertTrue(run.err().contains("fix: give -C (--project-dir) the folder that holds shale.yaml, or create a"
                    + " project there with: shale -C " + missing + " init"), run.err());
        }
        assertFalse(Files.exists(missing));
    }

    @Test
    void aProjectFolderThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "");
        TestProject.Run run = new TestProject(file).run("check");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the project folder " + file + " is a file, not a folder"), run.err());
    }

    @Test
    void aNameWithAControlCharacterIsRefusedAndPrintedEscaped() {
        TestProject project = new TestProject(temp).withFixture("controlchars");

        TestProject.Run run = project.run("generate", "--name", "odd");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().toLowerCase(java.util.Locale.ROOT).contains("odd\\u001b[31mname"), run.err());
        assertFalse((run.out() + run.err()).contains("\u001B"), "a raw escape character reached the terminal");
        assertFalse(project.files().keySet().stream().anyMatch(f -> f.startsWith("migrations/")), "nothing written");
    }
}
