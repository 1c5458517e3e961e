package dev.shale.reader.finder;

import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;

/** Holds a nested schema record, which {@code SchemaClassFinderTest} must find. */
public final class Holder {

    private Holder() {
    }

    /** A nested, package-private schema record. */
    @Table
    record Entry(@PrimaryKey long id) {
    }
}
