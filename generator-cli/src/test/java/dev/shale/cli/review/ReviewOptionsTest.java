package dev.shale.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong uses of {@code --review} and {@code --since}: a usage error (exit 2) naming the fix, and nothing written. */
class ReviewOptionsTest {

    @TempDir
    Path temp;

    private TestProject generated() {
        TestProject project = new TestProject(temp).withFixture("hazardsbefore").withPlainDdl();
        assertEquals(0, project.run("generate", "--name", "create").exitCode());
        return project;
    }

    @Test
    void sinceWithoutReviewIsAUsageError() {
        TestProject.Run run = generated().run("check", "--since", "20261121093000");

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--since chooses the migrations of the review, and no --review FILE was given"),
                run.err());
        assertTrue(run.err().contains("add --review FILE.md, or leave out --since"), run.err());
    }

    @Test
    void aSinceThatIsNoVersionIsAUsageErrorAndNothingIsWritten() {
        TestProject project = generated();

        TestProject.Run run = project.run("check", "--review", "review.md", "--since", "main");

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--since main is not a migration version"), run.err());
        assertFalse(Files.exists(project.dir().resolve("review.md")));
    }

    @Test
    void sinceTakesAMigrationFileNameToo() {
        TestProject project = generated();

        TestProject.Run run = project.run("check", "--review", "review.md", "--since",
                "migrations/20261121083000_older.sql");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        String review = project.read("review.md");
        assertTrue(review.contains("The migrations newer than 20261121083000"), review);
        assertTrue(review.contains("### `migrations/20261121093000_create.sql`"), review);
    }

    @Test
    void aReviewThatCannotBeWrittenLeavesTheOldOneAsItWas() throws Exception {
        TestProject project = generated();
        project.write("reviews/blocked", "a file where the review's folder should be");
        project.write("review.md", "the previous review");

        TestProject.Run run = project.run("check", "--review", "reviews/blocked/review.md", "--since", "0");

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("cannot write the review reviews/blocked/review.md"), run.err());
        assertEquals("the previous review", project.read("review.md"));
        try (var files = Files.list(project.dir())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
