package dev.shale.reader;

import java.util.List;

/** Finds the {@code @Table} records and {@code @PgEnum} enums in packages of a class loader. */
public final class SchemaClassFinder {

    private SchemaClassFinder() {
    }

    /** The schema classes under {@code packages} (sub-packages included), sorted by name. */
    public static List<Class<?>> find(ClassLoader loader, List<String> packages) {
        throw new UnsupportedOperationException("TODO");
    }
}
