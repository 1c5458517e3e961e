package dev.shale.migrations.verify;

import dev.shale.api.DatabaseException;
import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.api.Shale;
import dev.shale.diff.MigrationPlanner;
import dev.shale.diff.postgres.SqlStatement;
import dev.shale.model.RenameHints;
import dev.shale.model.SchemaModel;
import dev.shale.migrations.runner.PinnedSettings;
import dev.shale.migrations.runner.RunClock;
import dev.shale.migrations.runner.connect.UrlConnections;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.snapshot.NamedSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snapshots as PostgreSQL spells them. A snapshot keeps expressions as the records declare them
 * ({@code (priority >= 1) AND (priority <= 5)}); PostgreSQL gives them back in its own form
 * ({@code priority >= 1 AND priority <= 5}), which no safe text rule maps back. So each snapshot is built,
 * from nothing, in the reference database ({@code CREATE} statements rendered from the snapshot alone, not the
 * migrations), read back with the introspector, and the database emptied again; the two introspected models
 * then compare object by object. Each snapshot is built once.
 */
final class ReferenceModels {

    /** A snapshot that could not be built: a finding about the snapshot, not the migrations. */
    static final class BuildFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BuildFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String USER_SCHEMAS = """
            SELECT quote_ident(nspname) FROM pg_catalog.pg_namespace
            WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'""";

    private final DatabaseUrl url;
    private final RunnerSettings settings;
    private final Map<String, SchemaModel> built = new HashMap<>();

    ReferenceModels(DatabaseUrl url, RunnerSettings settings) {
        this.url = url;
        this.settings = settings;
    }

    /**
     * The snapshot's model as the introspector reads it from PostgreSQL; the empty model for null.
     *
     * @throws BuildFailure when PostgreSQL refuses the snapshot's statements
     */
    SchemaModel of(NamedSnapshot snapshot) {
        if (snapshot == null) {
            return SchemaModel.EMPTY;
        }
        SchemaModel cached = built.get(snapshot.id());
        if (cached != null) {
            return cached;
        }
        List<SqlStatement> statements = MigrationPlanner.plan(SchemaModel.EMPTY, snapshot.snapshot().schema(),
                RenameHints.NONE).up();
        UrlConnections connections = new UrlConnections(url, 0, settings.connectRetryDelay());
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Connection connection = connections.open(clock);
                Statement statement = connection.createStatement()) {
            // the migrations are applied under the runner's pinned settings: build the reference under them too
            PinnedSettings.apply(connection);
            empty(statement);
            for (SqlStatement sql : statements) {
                try {
                    statement.execute(sql.sql());
                } catch (SQLException e) {
                    throw new BuildFailure("building " + snapshot.fileName() + " in an empty database failed at "
                            + sql.sql().lines().findFirst().orElse("") + "\nPostgreSQL: "
                            + ErrorClassifier.describe(e, connections.redactor()).message(), e);
                }
            }
            SchemaModel model = Shale.introspect(url, List.of(), settings).model();
            empty(statement);
            built.put(snapshot.id(), model);
            return model;
        } catch (SQLException e) {
            DatabaseException failure = new DatabaseException("could not empty the reference database "
                    + url.redacted() + ": " + e.getMessage(), ErrorClassifier.classify(e, false),
                    ErrorClassifier.describe(e, connections.redactor()), e);
            throw failure;
        }
    }

    /** Drops every user schema with what is in it, and creates {@code public} again. */
    private static void empty(Statement statement) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(USER_SCHEMAS)) {
            while (rows.next()) {
                schemas.add(rows.getString(1));
            }
        }
        for (String schema : schemas) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        statement.execute("CREATE SCHEMA public");
    }
}
