package dev.shale.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review Markdown, pinned by golden files, on a real project: fixtures hazardsbefore then hazardsafter (a
 * rename, NOT NULL columns, a drop, a unique constraint, a check, an index and a foreign key on the existing
 * orders, and a new table invoices) generated with {@code --review}, then the same migration reviewed by
 * {@code check --review --since}. Set {@code -Dshale.updateGolden=true} to rewrite the golden files.
 */
class ReviewGoldenTest {

    @TempDir
    Path temp;

    private TestProject changed() {
        TestProject project = new TestProject(temp);
        TestProject.Run create = project.withFixture("hazardsbefore").withPlainDdl().run("generate", "--name", "create");
        assertEquals(0, create.exitCode(), create.err());
        TestProject.Run change = project.withFixture("hazardsafter").withPlainDdl()
                .run("generate", "--name", "change", "--review", "review/generate.md");
        assertEquals(0, change.exitCode(), change.err());
        return project;
    }

    @Test
    void generateWritesTheReviewOfItsMigration() {
        TestProject project = changed();

        String review = project.read("review/generate.md");

        assertGolden("review.generate.md", review);
        assertFalse(Files.exists(project.dir().resolve("review").resolve(".generate.md.tmp")), "no temporary file left");
        try (var files = Files.list(project.dir().resolve("review"))) {
            assertEquals(1, files.count(), "only the review is in its folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void checkReviewsTheMigrationsSinceTheBaseWithItsFindings() {
        TestProject project = changed();
        project.withFixture("hazardsbefore").withPlainDdl(); // the records now differ: an ungenerated change

        TestProject.Run check = project.run("check", "--review", "check.md", "--since", "20261121093000");

        assertEquals(1, check.exitCode(), check.out() + check.err());
        String review = project.read("check.md");
        assertGolden("review.check.md", review);
        // the migration's part is the text generate wrote, the rename paired from the header's words
        String generated = project.read("review/generate.md");
        assertTrue(review.endsWith(generated.substring(generated.indexOf("### `migrations/"))), review);
    }

    @Test
    void withoutSinceTheReviewShowsTheFindingsAndSaysHowToAddTheMigrations() {
        TestProject project = changed();

        TestProject.Run check = project.run("check", "--review", "check.md");

        assertEquals(0, check.exitCode(), check.out() + check.err());
        String review = project.read("check.md");
        assertTrue(review.startsWith("<!-- shale-review -->\n## Shale review: ✅ shale check passed; no migration to"
                + " review\n\nNo migration is shown: pass `--since VERSION`"), review);
        assertTrue(review.contains("### shale check: ok: everything agrees"), review);
    }

    @Test
    void generateWithNothingToDoWritesAReviewSayingSo() {
        TestProject project = new TestProject(temp);
        assertEquals(0, project.withFixture("hazardsbefore").withPlainDdl().run("generate").exitCode());

        TestProject.Run again = project.run("generate", "--review", "review.md");

        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals("<!-- shale-review -->\n## Shale review: ✅ no migration to review\n\nNo changes: the schema"
                + " records match the latest snapshot, so shale generate wrote no migration.\n",
                project.read("review.md"));
    }

    static void assertGolden(String name, String actual) {
        Path source = Path.of("src/test/resources/dev/shale/cli/review/golden").resolve(name);
        if (Boolean.getBoolean("shale.updateGolden")) {
            try {
                Files.createDirectories(source.getParent());
                Files.writeString(source, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertEquals(resource("golden/" + name), actual);
    }

    static String resource(String name) {
        try (InputStream in = ReviewGoldenTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource dev/shale/cli/review/" + name
                        + " (run with -Dshale.updateGolden=true to write it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
