package dev.shale.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shale.testing.Parallel;
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
 * {@code -Dshale.corpus.only=GLOB} runs the cases whose folder name matches, {@code -Dshale.corpus.print=true}
 * prints every migration.
 */
class DiffCorpusTest {

    /** The folder of the cases, on the test class path. */
    static final String ROOT = "/diff-corpus";

    private static ExecutorService executor;
    private static long started;
    private static int count;

    @TestFactory
    List<DynamicTest> corpus() {
        List<CorpusCase> cases = CorpusCase.readAll(root(ROOT), System.getProperty("shale.corpus.only"));
        assertFalse(cases.isEmpty(), "no corpus case matches -Dshale.corpus.only="
                + System.getProperty("shale.corpus.only"));
        CorpusRun run = new CorpusRun(UnaryOperator.identity(), Boolean.getBoolean("shale.corpus.print"));
        executor = Executors.newFixedThreadPool(Integer.getInteger("shale.corpus.threads", Parallel.defaultThreads()));
        started = System.nanoTime();
        count = cases.size();
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
            System.out.printf("diff corpus: %d cases in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
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
