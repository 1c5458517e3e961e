package dev.shale.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.DatabaseProject;
import dev.shale.cli.TestProject;
import dev.shale.testing.PostgresExtension;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shale check --db --review}: drift made by hand in a migrated database (its own fresh database) is in the
 * review, with the SQL that brings the database back, above the migrations since the base.
 */
@ExtendWith(PostgresExtension.class)
class ReviewDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void driftFoundByCheckIsInTheReview(TestDatabase db) throws Exception {
        new TestProject(dir).withFixture("drift");
        DatabaseProject project = new DatabaseProject(dir, db);
        assertEquals(0, project.run("generate", "--name", "create_tickets").exitCode());
        assertEquals(0, project.run("migrate").exitCode());
        db.execute("ALTER TABLE users ADD COLUMN nickname text");

        DatabaseProject.Run run = project.run("check", "--db", "--review", "review.md", "--since", "0");

        assertEquals(7, run.exitCode(), run.all());
        String review = Files.readString(dir.resolve("review.md"));
        assertTrue(review.startsWith("<!-- shale-review -->\n## Shale review: ❌ shale check failed (exit 7: the"
                + " database drifted from its migrations); 1 migration, "), review);
        assertTrue(review.contains("- **drift** (exit 7): the database differs from"
                + " snapshots/20261121093000_create_tickets.json"), review);
        assertTrue(review.contains("- column users.nickname exists in the database but not in the snapshot\n"), review);
        assertTrue(review.contains("```sql\nALTER TABLE public.users DROP COLUMN nickname;\n```"), review);
        assertTrue(review.contains("### `migrations/20261121093000_create_tickets.sql`"), review);
        assertTrue(review.contains("`public.users` (created)"), review);
        assertTrue(review.indexOf("**drift**") < review.indexOf("### `migrations/"), "findings first");
    }
}
