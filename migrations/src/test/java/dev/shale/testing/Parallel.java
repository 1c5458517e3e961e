package dev.shale.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Runs numbered, independent test runs on a few threads and collects what failed. Database-bound runs wait on
 * the server and on pg_dump as much as they compute, so more threads than processors pay off.
 */
public final class Parallel {

    private Parallel() {
    }

    /** Twice the processors, at least 2 and at most 8, unless {@code shale.test.threads} says otherwise. */
    public static int defaultThreads() {
        return Math.max(1, Integer.getInteger("shale.test.threads",
                Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()))));
    }

    /** Runs {@code task} for every index in {@code [first, first + count)}; returns the failures by index. */
    public static SortedMap<Integer, Throwable> run(int first, int count, int threads, IntConsumer task) {
        Map<Integer, Throwable> failures = Collections.synchronizedMap(new TreeMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int index = first; index < first + count; index++) {
                int i = index;
                runs.add(pool.submit(() -> {
                    try {
                        task.accept(i);
                    } catch (AssertionError | RuntimeException e) {
                        failures.put(i, e);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new TreeMap<>(failures);
    }

    /** Fails with the first {@code shown} failures' messages when there are any. */
    public static void assertNone(SortedMap<Integer, Throwable> failures, int count, String what, int shown) {
        if (failures.isEmpty()) {
            return;
        }
        throw new AssertionError(failures.size() + " of " + count + " " + what + " failed, at " + failures.keySet()
                + "\n\n" + failures.entrySet().stream().limit(shown)
                        .map(e -> "=== " + e.getKey() + " ===\n" + e.getValue().getMessage())
                        .collect(Collectors.joining("\n\n")));
    }
}
