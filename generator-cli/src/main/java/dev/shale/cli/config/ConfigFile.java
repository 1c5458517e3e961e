package dev.shale.cli.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The shape of {@code shale.yaml}, as written by users ({@link ConfigFileReader} rejects unknown keys), one record
 * per section, each value as the text written. The Bean Validation constraints say what a value may be;
 * {@link ConfigValidation} checks them with Hibernate Validator, for the file and for the environment's overrides.
 */
record ConfigFile(
        @Valid SchemaSection schema,
        @Pattern(regexp = "(?s).*\\S.*", message = "must name a folder") String migrations,
        @Pattern(regexp = "(?s).*\\S.*", message = "must name a folder") String snapshots,
        @Valid DatabaseSection database,
        @Valid GenerateSection generate) {

    /** A Java package name: identifiers separated by dots. */
    static final String PACKAGE = "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*";

    /** A file without a {@code generate} section. */
    ConfigFile(SchemaSection schema, String migrations, String snapshots, DatabaseSection database) {
        this(schema, migrations, snapshots, database, null);
    }

    /** No value at all: the empty file. */
    static ConfigFile empty() {
        return new ConfigFile(null, null, null, null, null);
    }

    /**
     * How {@code generate} (and {@code diff}) write migrations: {@code online} is {@code true}, {@code false} or
     * null (the default, true): the online forms on tables that exist before the migration.
     */
    record GenerateSection(@Pattern(regexp = "true|false", message = "must be true or false") String online) {
    }

    /** Where the schema classes are. */
    record SchemaSection(
            @Size(min = 1, message = "must name at least one package")
            List<@Pattern(regexp = PACKAGE, message = "must be a Java package name such as com.example.schema")
                    String> packages,
            @Size(min = 1, message = "must name at least one folder or jar")
            List<@NotBlank(message = "must name a folder or a jar") String> classpath) {
    }

    /**
     * The database to connect to, the development server {@code verify} (and, without a spelling database,
     * {@code generate}) makes throwaway databases on, the empty database {@code generate} builds new schemas in to
     * read PostgreSQL's spelling of their expressions, and whether {@code migrate} and {@code rollback} run the
     * pre-flight data checks ({@code true}, {@code false} or null), and how often and after what first wait a lock
     * timeout is retried ({@code lockRetries: 5}, {@code lockRetryBackoff: 1s}; null for the defaults).
     */
    record DatabaseSection(
            @PostgresUrl String url,
            @PostgresUrl String devUrl,
            @PostgresUrl String spellingUrl,
            @Pattern(regexp = "true|false", message = "must be true or false") String dataChecks,
            @Pattern(regexp = "-?\\d+", message = "must be a count (a whole number such as 5)")
            @Min(value = 0, message = "must be 0 or more (0 never retries)")
            @Max(value = ConfigFile.MAX_RETRIES, message = "must be at most 999999") String lockRetries,
            @DurationText String lockRetryBackoff) {

        /** A section that leaves the lock-timeout retries as they are by default. */
        DatabaseSection(String url, String devUrl, String spellingUrl, String dataChecks) {
            this(url, devUrl, spellingUrl, dataChecks, null, null);
        }

        /** A section that names no spelling database and leaves the data checks as they are by default. */
        DatabaseSection(String url, String devUrl) {
            this(url, devUrl, null, null);
        }
    }

    /** The most lock-timeout retries a configuration may ask for. */
    static final long MAX_RETRIES = 999_999;
}
