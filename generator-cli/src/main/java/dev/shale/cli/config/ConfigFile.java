package dev.shale.cli.config;

import java.util.List;

/** The shape of {@code shale.yaml}, as written by users ({@link ConfigFileReader} rejects unknown keys). */
record ConfigFile(
        SchemaSection schema,
        String migrations,
        String snapshots,
        DatabaseSection database,
        GenerateSection generate) {

    /** A file without a {@code generate} section. */
    ConfigFile(SchemaSection schema, String migrations, String snapshots, DatabaseSection database) {
        this(schema, migrations, snapshots, database, null);
    }

    /**
     * How {@code generate} (and {@code diff}) write migrations: {@code online} is {@code true}, {@code false} or
     * null (the default, true): the online forms on tables that exist before the migration.
     */
    record GenerateSection(String online) {
    }

    /** Where the schema classes are. */
    record SchemaSection(
            List<String> packages,
            List<String> classpath) {
    }

    /**
     * The database to connect to, the development server {@code verify} (and, without a spelling database,
     * {@code generate}) makes throwaway databases on, the empty database {@code generate} builds new schemas in to
     * read PostgreSQL's spelling of their expressions, and whether {@code migrate} and {@code rollback} run the
     * pre-flight data checks ({@code true}, {@code false} or null), and how often and after what first wait a lock
     * timeout is retried ({@code lockRetries: 5}, {@code lockRetryBackoff: 1s}; null for the defaults).
     */
    record DatabaseSection(String url, String devUrl, String spellingUrl, String dataChecks, String lockRetries,
                           String lockRetryBackoff) {

        /** A section that leaves the lock-timeout retries as they are by default. */
        DatabaseSection(String url, String devUrl, String spellingUrl, String dataChecks) {
            this(url, devUrl, spellingUrl, dataChecks, null, null);
        }

        /** A section that names no spelling database and leaves the data checks as they are by default. */
        DatabaseSection(String url, String devUrl) {
            this(url, devUrl, null, null);
        }
    }
}
