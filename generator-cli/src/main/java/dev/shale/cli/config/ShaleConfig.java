package dev.shale.cli.config;

import dev.shale.diff.postgres.DdlForm;
import dev.shale.migrations.files.MigrationDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A project's resolved configuration: where its schema classes are, and its folders. All paths
 * are absolute, resolved against the project directory. {@code devDatabaseUrl} is the development
 * server {@code verify} creates its throwaway database on (null: an embedded PostgreSQL).
 * {@code spellingDatabaseUrl} is an empty database where {@code generate} builds the new schema, in a
 * transaction it rolls back, to read PostgreSQL's spelling of its expressions (null: a throwaway database on
 * the development server, else an embedded PostgreSQL). {@code dataChecks} is false when {@code shale.yaml}
 * switches the pre-flight data checks of {@code migrate} and {@code rollback} off ({@code database: dataChecks:
 * false}). {@code lockRetries} and {@code lockRetryBackoff} are the lock-timeout retries of {@code migrate} and
 * {@code rollback} ({@code database: lockRetries: 5, lockRetryBackoff: 1s}, or {@code SHALE_LOCK_RETRIES} and
 * {@code SHALE_LOCK_RETRY_BACKOFF}); null keeps the runner's defaults. {@code generateOnline} is false when
 * {@code generate} and {@code diff} write plain DDL instead of the online forms ({@code generate: online: false},
 * or {@code SHALE_GENERATE_ONLINE=false}).
 */
public record ShaleConfig(
        Path projectDir,
        List<String> schemaPackages,
        List<Path> classpath,
        Path migrationsDir,
        Path snapshotsDir,
        String databaseUrl,
        String devDatabaseUrl,
        String spellingDatabaseUrl,
        boolean dataChecks,
        Integer lockRetries,
        Duration lockRetryBackoff,
        boolean generateOnline) {

    /** A configuration that leaves the lock-timeout retries as they are by default and writes online forms. */
    public ShaleConfig(Path projectDir, List<String> schemaPackages, List<Path> classpath, Path migrationsDir,
            Path snapshotsDir, String databaseUrl, String devDatabaseUrl, String spellingDatabaseUrl,
            boolean dataChecks) {
        this(projectDir, schemaPackages, classpath, migrationsDir, snapshotsDir, databaseUrl, devDatabaseUrl,
                spellingDatabaseUrl, dataChecks, null, null, true);
    }

    public ShaleConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        schemaPackages = List.copyOf(schemaPackages);
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        Objects.requireNonNull(snapshotsDir, "snapshotsDir");
    }

    /** The form {@code generate} and {@code diff} write SQL in. */
    public DdlForm ddlForm() {
        return generateOnline ? DdlForm.ONLINE : DdlForm.PLAIN;
    }

    /** The project's migrations and snapshots folders. */
    public MigrationDirectory migrationDirectory() {
        return new MigrationDirectory(projectDir, migrationsDir, snapshotsDir);
    }

    /** A path for messages: relative to the project directory when inside it. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute).toString() : absolute.toString();
    }
}
