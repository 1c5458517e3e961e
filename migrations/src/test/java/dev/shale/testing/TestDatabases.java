package dev.shale.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out fresh (or {@link DatabasePool pooled}, emptied) databases during one test and drops (gives back) those
 * still open when the test ends, pass or fail.
 * Safe to use from several threads.
 */
public final class TestDatabases implements AutoCloseable {

    private final List<TestDatabase> open = new ArrayList<>();

    /** A new, empty database; closing it early drops it (or gives it back) early. */
    public TestDatabase create() {
        TestDatabase database = TestDatabase.create();
        synchronized (open) {
            open.add(database);
        }
        return database;
    }

    /** Drops every database this factory created that is still there. */
    @Override
    public void close() {
        List<TestDatabase> toClose;
        synchronized (open) {
            toClose = List.copyOf(open);
            open.clear();
        }
        EachOf.run(toClose, TestDatabase::close);
    }
}
