package dev.shale.cli.source;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a schema comes from for {@code diff} and {@code push}: the project's records, its latest
 * snapshot, the snapshot of one version, a snapshot file, an empty database or a live database.
 */
public sealed interface SchemaSource {

    /** What {@code --from} and {@code --to} accept, for help and errors. */
    String FORMS = "records, latest, empty, a migration version (20261121093000), a snapshot file (.json)"
            + " or a database URL (jdbc:postgresql://... or postgresql://...)";

    /** The schema records of the project, read from its configured classpath. */
    record Records() implements SchemaSource {
        @Override
        public String label() {
            return "the schema records";
        }
    }

    /** The newest snapshot of the project. */
    record LatestSnapshot() implements SchemaSource {
        @Override
        public String label() {
            return "the latest snapshot";
        }
    }

    /** The snapshot written with the migration of one version. */
    record SnapshotVersion(String version) implements SchemaSource {
        public SnapshotVersion {
            Objects.requireNonNull(version, "version");
        }

        @Override
        public String label() {
            return "the snapshot of " + version;
        }
    }

    /** A snapshot file. */
    record SnapshotFile(Path file) implements SchemaSource {
        public SnapshotFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String label() {
            return "snapshot " + file;
        }
    }

    /** An empty database. */
    record Empty() implements SchemaSource {
        @Override
        public String label() {
            return "an empty database";
        }
    }

    /** A live database; {@code url} may carry a password, so it is never shown as is. */
    record Database(String url) implements SchemaSource {
        public Database {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String label() {
            return "the database";
        }
    }

    /** How the source is named in output. */
    String label();

    /** The source the command-line option {@code option} names; a usage error (exit 2) when it is none. */
    static SchemaSource ofOption(String text, String option) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandException(ExitCode.USAGE, option + " " + e.getMessage(), "pass one of: " + FORMS);
        }
    }

    /**
     * The source {@code text} names.
     *
     * @throws IllegalArgumentException when it is none of {@link #FORMS}
     */
    static SchemaSource parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.equals("records")) {
            return new Records();
        }
        if (lower.equals("latest")) {
            return new LatestSnapshot();
        }
        if (lower.equals("empty")) {
            return new Empty();
        }
        if (lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return new Database(trimmed);
        }
        if (trimmed.matches("\\d{14}")) {
            return new SnapshotVersion(trimmed);
        }
        if (lower.endsWith(".json")) {
            return new SnapshotFile(Path.of(trimmed));
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a schema source");
    }
}
