package dev.shale.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when an external tool it needs (pg_dump) is missing: skips with the reason on a developer's
 * machine, fails when {@value #REQUIRE_VARIABLE} is {@code true} (CI sets it, so a missing tool is never a
 * silent pass).
 */
public final class RequiredTools {

    /** The environment variable that, set to {@code true}, turns a missing tool into a test failure. */
    public static final String REQUIRE_VARIABLE = "SHALE_REQUIRE_PG_DUMP";

    private RequiredTools() {
    }

    /** Returns when {@code present}; otherwise skips or fails the calling test with {@code reason}. */
    public static void assume(boolean present, String reason) {
        if (present) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE))) {
            throw new AssertionError(reason + "; " + REQUIRE_VARIABLE + " is true, so this fails instead of skipping");
        }
        Assumptions.assumeTrue(false, reason);
    }
}
