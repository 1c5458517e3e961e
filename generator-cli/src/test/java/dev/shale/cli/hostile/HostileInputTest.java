package dev.shale.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input table: every case ends with its exit code, names what is wrong and the fix, prints no
 * stack trace, and leaves every file of the project and everything in its database as it was.
 */
class HostileInputTest {

    /** Every row of the table, from each area's list. */
    static List<HostileCase> cases() {
        return Stream.of(
                        HostileBaseline.cases(),
                        HostileRunnerInputs.cases(),
                        HostileMigrationFiles.cases(),
                        HostileDeclarations.cases(),
                        HostileDeclarationsMore.cases(),
                        HostileConnections.cases())
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void theTableIsLargeAndItsTitlesAreUnique() {
        List<HostileCase> all = cases();
        Set<String> titles = new HashSet<>();
        for (HostileCase c : all) {
            assertTrue(titles.add(c.title()), "duplicate title " + c.title());
        }
        assertTrue(all.size() >= 60, "rows: " + all.size());
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsRefusedCleanly() {
        return cases().stream().map(c -> DynamicTest.dynamicTest("[" + c.item() + "] " + c.title(), () -> check(c)));
    }

    private static void check(HostileCase c) throws IOException {
        Path dir = Files.createTempDirectory("shale-hostile-");
        try (TestDatabase db = TestDatabase.create()) {
            HostileProject project = new HostileProject(dir, db);
            c.setup().accept(project);
            Map<String, String> filesBefore = project.files();
            List<String> databaseBefore = project.databaseState();

            HostileProject.Run run = project.run(c.args().toArray(String[]::new));

            String output = run.out() + run.err();
            assertEquals(c.exit(), run.exitCode(), run.all());
            for (String expected : c.expected()) {
                assertTrue(output.contains(expected), "expected <" + expected + "> in:\n" + run.all());
            }
            assertFalse(output.contains("\tat ") || output.contains("Caused by:")
                    || output.matches("(?s).*\\bat (java|dev|org|picocli)\\.[\\w.$]+\\(.*"), "stack trace in:\n" + run.all());
            assertEquals(filesBefore, project.files(), "files changed by:\n" + run.all());
            assertEquals(databaseBefore, project.databaseState(), "database changed by:\n" + run.all());
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
