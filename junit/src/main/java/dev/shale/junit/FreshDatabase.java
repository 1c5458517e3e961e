package dev.shale.junit;

import dev.shale.junit.internal.FreshDatabases;
import dev.shale.junit.internal.ServerEndpoint;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A created test database kept in a JUnit store: closing the store (after its class or method) drops it. */
final class FreshDatabase implements ExtensionContext.Store.CloseableResource {

    private final ServerEndpoint server;
    private final ShaleTestDatabase database;

    FreshDatabase(ServerEndpoint server, String template) {
        this.server = server;
        String name = FreshDatabases.create(server, template);
        this.database = new ShaleTestDatabase(name, template, server.description(), server.database(name));
    }

    ShaleTestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.closeConnections();
        FreshDatabases.drop(server, database.name());
    }
}
