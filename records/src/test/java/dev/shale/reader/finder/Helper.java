package dev.shale.reader.finder;

/** Neither a table nor an enum type: {@code SchemaClassFinderTest} must not find it. */
public final class Helper {

    private Helper() {
    }

    /** A record without {@code @Table}, nested in an unannotated class. */
    record Value(long id) {
    }
}
