package dev.shale.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shale.testing.Parallel;
import dev.shale.testing.PostgresServer;
import dev.shale.testing.TestScale;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diff corpus: one dynamic test per folder of {@code src/test/resources/diff-corpus} (see
 * {@link CorpusRun} for what each checks, and docs/testing.md for how to add one). The cases run on
 * {@code shale.corpus.threads} threads (default {@link Parallel#defaultThreads()}); each test waits for its own.
 * By default a fixed sample runs ({@link CorpusCase#sample}); {@code -Dshale.corpus.all=true} runs every case,
 * {@code -Dshale.corpus.only=GLOB} every case whose folder name matches, {@code -Dshale.corpus.step=N} the first and
 * every Nth further case of each group (the version matrix's smaller sample); {@code -Dshale.corpus.print=true} prints
 * every migration. A case whose {@code requires.txt} names a newer PostgreSQL than the server's is left out, and
 * counted in the summary line.
 */
class DiffCorpusTest {

    /** The folder of the cases, on the test class path. */
    static final String ROOT = "/diff-corpus";

    private static ExecutorService executor;
    private static long started;
    private static int count;
    private static int total;
    private static int tooNew;

    @TestFactory
    List<DynamicTest> corpus() {
        String only = System.getProperty("shale.corpus.only");
        List<CorpusCase> matching = CorpusCase.readAll(root(ROOT), only);
        assertFalse(matching.isEmpty(), "no corpus case matches -Dshale.corpus.only=" + only);
        boolean all = Boolean.getBoolean("shale.corpus.all") || TestScale.longRun() || only != null && !only.isBlank();
        Integer step = Integer.getInteger("shale.corpus.step");
        List<CorpusCase> sampled = all ? matching
                : step != null ? CorpusCase.sample(matching, step, false) : CorpusCase.sample(matching);
        int major = PostgresServer.shared().major();
        List<CorpusCase> cases = sampled.stream().filter(c -> c.minimumPostgres() <= major).toList();
        tooNew = sampled.size() - cases.size();
        CorpusRun run = new CorpusRun(UnaryOperator.identity(), Boolean.getBoolean("shale.corpus.print"));
        executor = Executors.newFixedThreadPool(Integer.getInteger("shale.corpus.threads", Parallel.defaultThreads()));
        started = System.nanoTime();
        count = cases.size();
        total = matching.size();
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusCase corpusCase : cases) {
            CompletableFuture<Void> result = CompletableFuture.runAsync(() -> run.run(corpusCase), executor);
            tests.add(DynamicTest.dynamicTest(corpusCase.name(), () -> {
                try {
                    result.join();
                } catch (CompletionException e) {
                    throw e.getCause();
                }
            }));
        }
        return tests;
    }

    @AfterAll
    static void report() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.MINUTES);
            System.out.printf("diff corpus: %d of %d cases in %.1f s%s%s%n", count, total,
                    (System.nanoTime() - started) / 1e9, count < total ? " (-Dshale.corpus.all=true runs all)" : "",
                    tooNew == 0 ? "" : "; " + tooNew + " need a newer PostgreSQL than " + PostgresServer.shared().major()
                            + " (requires.txt)");
        }
    }

    /** The folder {@code resource} on the test class path. */
    static Path root(String resource) {
        URL url = DiffCorpusTest.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no " + resource + " folder on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
