package dev.shale.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.cli.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review that would pass GitHub's 65,536-character comment limit: a hand-written migration (shale create) of
 * about 150,000 characters of SQL, holding a fence of its own and hazards shale lint finds; {@code check --review
 * --since 0} cuts the SQL with a note and keeps every hazard.
 */
class ReviewSizeLimitTest {

    @TempDir
    Path temp;

    @Test
    void aHugeMigrationIsCutToTheLimitKeepingEveryHazard() {
        TestProject project = new TestProject(temp).withFixture("hazardsbefore").withPlainDdl();
        assertEquals(0, project.run("generate", "--name", "create").exitCode());
        TestProject.Run create = project.run("create", "big_data");
        assertEquals(0, create.exitCode(), create.out() + create.err());
        String up = customUp(project);
        StringBuilder sql = new StringBuilder("-- a data migration\nINSERT INTO public.customers (id, email) VALUES"
                + " (0, '```sql');\n");
        for (int i = 1; i <= 2_000; i++) {
            sql.append("INSERT INTO public.customers (id, email) VALUES (").append(i).append(", 'customer")
                    .append(i).append("@example.com');\n");
        }
        sql.append("DROP TABLE public.orders;\n");
        project.write(up, sql.toString());
        assertTrue(sql.length() > 140_000, "the SQL alone is over twice the limit");
        TestProject.Run hash = project.run("hash");
        assertEquals(0, hash.exitCode(), hash.out() + hash.err());

        TestProject.Run check = project.run("check", "--review", "review.md", "--since", "0");

        assertEquals(0, check.exitCode(), check.out() + check.err());
        String review = project.read("review.md");
        assertTrue(review.length() <= ReviewRenderer.LIMIT, "review of " + review.length() + " characters");
        assertTrue(review.length() > ReviewRenderer.LIMIT - 5_000, "the SQL fills the room left: " + review.length());
        assertTrue(review.contains("| error | `drop-table` | "), review.substring(0, 3_000));
        assertTrue(review.contains("Shortened to stay under the pull-request comment limit of 65,000 characters"),
                review.substring(review.length() - 1_000));
        assertTrue(Pattern.compile("> Shortened to keep the comment under its size limit: \\d+ more lines in `"
                + Pattern.quote(up) + "`\\.").matcher(review).find(), "the cut block names its file");
        // the SQL's own ``` cannot close the block: its fence is longer
        assertTrue(review.contains("````sql\n-- a data migration\nINSERT INTO public.customers (id, email) VALUES"
                + " (0, '```sql');\n"), review.substring(0, 5_000));
        assertEquals(review.lines().filter(l -> l.equals("````")).count(), review.lines().filter(l -> l.equals("````sql"))
                .count(), "every block opened is closed");
        // the first migration is there too, whole
        assertTrue(review.contains("CREATE TABLE public.orders ("), "the small migration's SQL is kept");
    }

    private static String customUp(TestProject project) {
        try (Stream<Path> files = Files.list(project.dir().resolve("migrations"))) {
            List<String> ups = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_big_data.sql")).toList();
            assertEquals(1, ups.size(), ups.toString());
            return "migrations/" + ups.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
