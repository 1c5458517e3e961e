package dev.shale.migrations.verify;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;

/**
 * The databases of one {@code verify} run: the one the migrations run on, and a reference database the
 * snapshots are built in ({@link ReferenceModels}); created on a development server ({@link ServerDatabase})
 * or in an embedded PostgreSQL started for the run ({@link EmbeddedDatabase}). {@link #close()} removes them,
 * whatever happened in between.
 */
public interface ThrowawayDatabase extends AutoCloseable {

    /**
     * A new database {@code shale_verify_<random>} on the server of {@code devUrl}, or, when it is null, an
     * embedded PostgreSQL started in a temporary folder.
     *
     * @throws dev.shale.api.DatabaseException when the server cannot be reached, the database cannot be
     *     created or the embedded PostgreSQL cannot start
     */
    static ThrowawayDatabase open(DatabaseUrl devUrl, RunnerSettings settings) {
        return devUrl == null ? EmbeddedDatabase.start() : ServerDatabase.create(devUrl, settings);
    }

    /** The database the migrations run on. */
    DatabaseUrl url();

    /** The database snapshots are built in, to read them back as PostgreSQL spells them. */
    DatabaseUrl referenceUrl();

    /** For messages, such as {@code database shale_verify_3f2a... on jdbc:postgresql://...} (never a password). */
    String description();

    /**
     * Drops the databases (or stops the embedded server and deletes its folder).
     *
     * @throws dev.shale.api.DatabaseException when it could not; the message says what is left behind
     */
    @Override
    void close();
}
