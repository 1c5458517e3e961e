package dev.shale.testing;

/**
 * How many random cases the property tests run. By default a size that keeps {@code mvn verify} (and CI) well under
 * fifteen minutes; {@code -Dshale.long=true} switches every property test to its long run, and a test's own
 * property (such as {@code -Dshale.roundtrip.count=N}) sets its count outright.
 */
public final class TestScale {

    /** The system property that turns on the long runs. */
    public static final String LONG = "shale.long";

    private TestScale() {
    }

    /** Whether {@code -Dshale.long=true} asked for the long runs. */
    public static boolean longRun() {
        return Boolean.getBoolean(LONG);
    }

    /** {@code property}'s value when set; otherwise {@code longCount} in a long run, else {@code normal}. */
    public static int count(String property, int normal, int longCount) {
        return Integer.getInteger(property, longRun() ? longCount : normal);
    }
}
