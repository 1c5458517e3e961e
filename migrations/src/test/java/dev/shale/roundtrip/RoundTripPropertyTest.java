package dev.shale.roundtrip;

import dev.shale.model.SchemaModel;
import dev.shale.testing.Parallel;
import dev.shale.testing.RandomEdits;
import dev.shale.testing.RandomSchemas;
import dev.shale.testing.SchemaDump;
import dev.shale.testing.TestDatabases;
import dev.shale.testing.TestScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The round trip ({@link RoundTrip}) on random pairs. Pairs come in chains of {@value #CHAIN}: a chain starts
 * from a {@link RandomSchemas} model, and each pair applies {@link RandomEdits} to the previous pair's
 * {@code to}. Along a chain, the database B created for one pair's {@code to} is the A of the next pair, which
 * saves a database and a pg_dump per pair; every pair still gets a database of its own made by
 * {@code plan(EMPTY, ...)}, on an empty database lent by a {@link dev.shale.testing.DatabasePool} (emptied and checked empty between
 * pairs, which costs far less than creating and dropping one). Pair {@code i} of seed {@code s} is computed alone (its chain's models are pure
 * data), so any failure reproduces with one command:
 * <pre>
 * mvn -q -pl migrations -am test -Dtest=RoundTripPropertyTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dshale.roundtrip.seed=S -Dshale.roundtrip.first=I -Dshale.roundtrip.count=1
 * </pre>
 * System properties: {@code shale.roundtrip.seed} (default {@value #DEFAULT_SEED}), {@code shale.roundtrip.count}
 * (default {@value #DEFAULT_COUNT}; {@value #LONG_COUNT} with {@code -Dshale.long=true} or {@code -Dshale.roundtrip.long=true}),
 * {@code shale.roundtrip.first} (default 0), {@code shale.roundtrip.threads} (default
 * {@link Parallel#defaultThreads()}) and {@code shale.roundtrip.rows} (default true; false runs on empty tables);
 * {@code -Dshale.test.pool=false} creates and drops a database per pair instead of reusing pooled ones, to compare.
 * Every pair runs on rows (see {@link RoundTrip}), seeded by its seed and index.
 */
class RoundTripPropertyTest {

    static final long DEFAULT_SEED = 20261121L;
    static final int DEFAULT_COUNT = 300;
    static final int LONG_COUNT = 10_000;
    static final int CHAIN = 5;
    /** Full reports printed: the first failure of each kind, up to this many kinds. */
    private static final int FULL_REPORTS = 12;

    /** Pair {@code index} of {@code seed}. */
    static RoundTrip.Pair pair(long seed, int index) {
        return chain(seed, index / CHAIN).get(index % CHAIN);
    }

    /** The {@value #CHAIN} pairs of chain {@code chain}, each starting where the one before ended. */
    static List<RoundTrip.Pair> chain(long seed, int chain) {
        SchemaModel model = RandomSchemas.generate(new SplittableRandom((seed * 31 + chain) * 0xBF58476D1CE4E5B9L));
        List<RoundTrip.Pair> pairs = new ArrayList<>();
        for (int index = chain * CHAIN; index < (chain + 1) * CHAIN; index++) {
            RandomEdits.Edit edit = RandomEdits.edit(model, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index));
            pairs.add(new RoundTrip.Pair("seed " + seed + " pair " + index + " " + edit.edits(), model, edit.to(),
                    edit.renames(), (seed * 0xD1B54A32D192ED03L + index) ^ 0x94D049BB133111EBL));
            model = edit.to();
        }
        return pairs;
    }

    @Test
    void randomMigrationsRoundTrip() {
        SchemaDump.assumeAvailable();
        long seed = Long.getLong("shale.roundtrip.seed", DEFAULT_SEED);
        boolean longRun = TestScale.longRun() || Boolean.getBoolean("shale.roundtrip.long");
        int count = Integer.getInteger("shale.roundtrip.count", longRun ? LONG_COUNT : DEFAULT_COUNT);
        int first = Integer.getInteger("shale.roundtrip.first", 0);
        int threads = Integer.getInteger("shale.roundtrip.threads", Parallel.defaultThreads());
        int end = first + count;
        int firstChain = first / CHAIN;
        int chains = (end - 1) / CHAIN - firstChain + 1;
        Map<Integer, Throwable> failed = Collections.synchronizedMap(new TreeMap<>());
        long started = System.nanoTime();
        SortedMap<Integer, Throwable> broken = Parallel.run(firstChain, chains, threads, chain -> {
            List<RoundTrip.Pair> pairs;
            try {
                pairs = chain(seed, chain);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the generator failed on chain " + chain + " (a harness bug): " + e, e);
            }
            try (TestDatabases own = new TestDatabases()) {
                RoundTrip.Created a = null;
                for (int index = Math.max(first, chain * CHAIN); index < Math.min(end, (chain + 1) * CHAIN); index++) {
                    RoundTrip.Pair pair = pairs.get(index % CHAIN);
                    try {
                        if (a == null) {
                            a = RoundTrip.create(pair, pair.from(), "A", own);
                        }
                        RoundTrip.Created b;
                        try {
                            b = RoundTrip.create(pair, pair.to(), "B", own);
                        } catch (AssertionError | RuntimeException e) {
                            a.database().close();
                            a = null;
                            throw e;
                        }
                        RoundTrip.Created used = a;
                        a = b;
                        try {
                            RoundTrip.migrate(pair, used, b.dump());
                        } finally {
                            PhaseTimes.time("drop database", used.database()::close);
                        }
                    } catch (AssertionError | RuntimeException e) {
                        failed.put(index, new AssertionError(e.getMessage() + "\nreproduce: " + reproduce(seed, index), e));
                    }
                }
            }
        });
        broken.forEach((chain, error) -> failed.put(chain * CHAIN, error));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("round trip: %d pairs (seed %d, first %d) on %d threads in %.1f s, %.0f ms per pair, %d failed;"
                + " %s%n", count, seed, first, threads, millis / 1000.0, (double) millis / Math.max(1, count),
                failed.size(), RoundTrip.Counts.line());
        System.out.println("round trip phases (seconds summed over threads/calls): " + PhaseTimes.line());
        if (!failed.isEmpty()) {
            throw new AssertionError(summary(seed, count, new TreeMap<>(failed)));
        }
    }

    /** The one-line command that runs pair {@code index} of {@code seed} alone. */
    static String reproduce(long seed, int index) {
        return "mvn -q -pl migrations -am test -Dtest=RoundTripPropertyTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dshale.roundtrip.seed=" + seed + " -Dshale.roundtrip.first=" + index + " -Dshale.roundtrip.count=1";
    }

    /** The problem's first line with names and numbers blurred, to group failures by cause. */
    private static String kind(Throwable error) {
        return String.valueOf(error.getMessage()).lines().findFirst().orElse("")
                .replaceAll(" without a data-loss hazard: lost .*", " without a data-loss hazard")
                .replaceAll("(identity|serial) .* would next give .*", "$1 … would next give a value its rows hold")
                .replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("(values of|changed in|table|column|rows of) [^ (\"]+", "$1 …").replaceAll("enum \\w+", "enum …").replaceAll("\\d+", "N");
    }

    private static String summary(long seed, int count, SortedMap<Integer, Throwable> failures) {
        Map<String, List<Integer>> byKind = new TreeMap<>();
        failures.forEach((index, error) -> byKind.computeIfAbsent(kind(error), k -> new ArrayList<>()).add(index));
        StringBuilder out = new StringBuilder();
        out.append(failures.size()).append(" of ").append(count).append(" random pairs failed the round trip (seed ")
                .append(seed).append(").\nBy kind (pair indexes):\n");
        byKind.forEach((kind, indexes) -> out.append("  ").append(indexes.size()).append(" x ").append(kind)
                .append("  ").append(indexes.subList(0, Math.min(10, indexes.size()))).append('\n'));
        out.append("Reproduce one pair: ").append(reproduce(seed, failures.firstKey())).append("\n\n");
        byKind.values().stream().map(indexes -> indexes.get(0)).sorted().limit(FULL_REPORTS).forEach(index -> out
                .append("=== pair ").append(index).append(" ===\n").append(failures.get(index).getMessage())
                .append("\n\n"));
        return out.toString();
    }
}
