package dev.shale.junit.internal;

import dev.shale.api.DatabaseUrl;
import java.util.Objects;

/**
 * A PostgreSQL server the extension creates databases on: the URL of its maintenance database (where
 * {@code CREATE DATABASE} runs and the template lock is taken), how messages name it, and whether it outlives the
 * JVM (an external server keeps its templates for the next run).
 */
public record ServerEndpoint(DatabaseUrl adminUrl, String description, boolean external) {

    public ServerEndpoint {
        Objects.requireNonNull(adminUrl, "adminUrl");
        Objects.requireNonNull(description, "description");
    }

    /** The same server's database {@code name}. */
    public DatabaseUrl database(String name) {
        return adminUrl.withDatabase(name);
    }
}
