package dev.shale.cli.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every key of {@code shale.yaml}: the one source of truth from which {@link ConfigFileReader} takes the keys it
 * knows, {@link ConfigDoc} writes {@code docs/configuration.md} and {@link ConfigTemplate} the file {@code shale init}
 * writes. A key added here must also be read ({@link ConfigFileReader}), validated ({@link ConfigFile}) and applied
 * ({@link ConfigLoader}); the tests check the first and the documentation.
 */
public final class ConfigKeys {

    /** The keys, in the order the documentation lists them. */
    public static final List<ConfigKey> ALL = List.of(
            new ConfigKey("schema.packages", "list of Java package names", "none (required by commands that read"
                    + " the schema)", List.of("SHALE_SCHEMA_PACKAGES"), "--package",
                    "Packages holding the @Table records and @PgEnum enums (sub-packages included). The variable"
                            + " takes a comma-separated list.", "[com.example.schema]", false),
            new ConfigKey("schema.classpath", "list of paths", "none (the classes Shale itself runs with)",
                    List.of("SHALE_CLASSPATH"), "--classpath",
                    "Where the compiled schema classes are: folders or jars, relative to the project folder. The"
                            + " variable and the flag take a list separated by the platform's path separator (: or ;).",
                    "[target/classes]", false),
            new ConfigKey("migrations", "path", "migrations", List.of("SHALE_MIGRATIONS_DIR"), "",
                    "The folder of the migration files and shale.sum, relative to the project folder.",
                    "db/migrations", false),
            new ConfigKey("snapshots", "path", "snapshots", List.of("SHALE_SNAPSHOTS_DIR"), "",
                    "The folder of the schema snapshots, relative to the project folder.", "db/snapshots", false),
            new ConfigKey("database.url", "PostgreSQL URL", "none", List.of("SHALE_DATABASE_URL", "DATABASE_URL"),
                    "--url",
                    "The database that migrate, rollback, status, check --db, pull and push work on:"
                            + " jdbc:postgresql://host:port/db?user=NAME or postgres[ql]://user@host:port/db. A"
                            + " password missing from it is read from PGPASSWORD or .pgpass; none is ever printed.",
                    "jdbc:postgresql://localhost:5432/app?user=app", true),
            new ConfigKey("database.devUrl", "PostgreSQL URL", "none (an embedded PostgreSQL)",
                    List.of("SHALE_DEV_DATABASE_URL"), "",
                    "A development server where verify (and generate, without a spelling database) creates"
                            + " throwaway databases.",
                    "postgresql://postgres@localhost:5432/postgres", true),
            new ConfigKey("database.spellingUrl", "PostgreSQL URL",
                    "none (a throwaway database on devUrl, else an embedded PostgreSQL)",
                    List.of("SHALE_SPELLING_DATABASE_URL"), "",
                    "An empty database where generate builds the new schema, in a transaction it rolls back, to"
                            + " read PostgreSQL's spelling of its expressions.",
                    "postgresql://postgres@localhost:5432/shale_scratch", true),
            new ConfigKey("database.dataChecks", "boolean", "true", List.of(), "--skip-data-checks",
                    "Whether migrate and rollback run the read-only pre-flight data checks before they change"
                            + " anything.", "true", false),
            new ConfigKey("database.lockRetries", "count (0 to 999999)", "5", List.of("SHALE_LOCK_RETRIES"),
                    "--lock-retries",
                    "How often migrate and rollback retry a transaction or statement that hit lock_timeout (0 for"
                            + " never).", "5", false),
            new ConfigKey("database.lockRetryBackoff", "duration", "1s", List.of("SHALE_LOCK_RETRY_BACKOFF"),
                    "--lock-retry-backoff",
                    "The wait before the first lock-timeout retry, doubling up to 30s, with jitter. A duration is a"
                            + " whole number with a unit: 250ms, 10s, 5m, 1h, 1d or 1h30m (0 for none).", "1s", false),
            new ConfigKey("generate.online", "boolean", "true", List.of("SHALE_GENERATE_ONLINE"), "",
                    "Whether generate and diff write the online forms on tables that exist before the migration"
                            + " (indexes CONCURRENTLY, constraints NOT VALID then VALIDATE); false writes plain DDL.",
                    "true", false));

    private ConfigKeys() {
    }

    /** The key of this dotted name. */
    public static Optional<ConfigKey> named(String name) {
        return ALL.stream().filter(key -> key.name().equals(name)).findFirst();
    }

    /** The names a mapping may hold: the top-level keys and sections for {@code ""}, else the section's keys. */
    public static List<String> namesIn(String section) {
        Set<String> names = new LinkedHashSet<>();
        for (ConfigKey key : ALL) {
            if (section.isEmpty()) {
                names.add(key.section().isEmpty() ? key.name() : key.section());
            } else if (key.section().equals(section)) {
                names.add(key.leaf());
            }
        }
        return List.copyOf(names);
    }

    /** The sections: the top-level names that hold keys of their own. */
    public static List<String> sections() {
        return ALL.stream().map(ConfigKey::section).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
