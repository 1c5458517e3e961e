package dev.shale.roundtrip;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where the round trips' time goes: wall time spent in each named phase, summed over all threads, for the
 * property's summary line (to see which phase to make cheaper, not to assert anything).
 */
final class PhaseTimes {

    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> CALLS = new ConcurrentHashMap<>();

    private PhaseTimes() {
    }

    /** Runs {@code work}, adding its wall time to {@code phase}. */
    static <T> T time(String phase, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            NANOS.computeIfAbsent(phase, k -> new LongAdder()).add(System.nanoTime() - started);
            CALLS.computeIfAbsent(phase, k -> new LongAdder()).increment();
        }
    }

    /** Runs {@code work}, adding its wall time to {@code phase}. */
    static void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Each phase's total seconds and number of calls, largest first. */
    static String line() {
        Map<String, Long> totals = new TreeMap<>();
        NANOS.forEach((phase, nanos) -> totals.put(phase, nanos.sum()));
        return totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f s/%d", e.getKey(), e.getValue() / 1e9, CALLS.get(e.getKey()).sum()))
                .collect(Collectors.joining(", "));
    }
}
