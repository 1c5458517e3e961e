package dev.shale.cli.scenarios;

import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Runs in-process commands with the JVM's default time zone set to a given zone, and puts the previous one back:
 * the JDBC driver sends the JVM's zone as the session's TimeZone when it connects, as a user's machine would.
 */
final class DriftZones {

    private DriftZones() {
    }

    /** {@code work}'s result, run with the JVM's default zone {@code zone}. */
    static <T> T in(String zone, Supplier<T> work) {
        TimeZone previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            return work.get();
        } finally {
            TimeZone.setDefault(previous);
        }
    }
}
