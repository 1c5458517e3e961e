package dev.shale.cli.config;

import java.util.List;

/** The shape of {@code shale.yaml}, as written by users ({@link ConfigFileReader} rejects unknown keys). */
record ConfigFile(
        SchemaSection schema,
        String migrations,
        String snapshots,
        DatabaseSection database) {

    /** Where the schema classes are. */
    record SchemaSection(
            List<String> packages,
            List<String> classpath) {
    }

    /** The database to connect to, and the development server {@code verify} makes throwaway databases on. */
    record DatabaseSection(String url, String devUrl) {
    }
}
