package dev.shale.migrations.runner;

import dev.shale.api.RunnerSettings;
import dev.shale.migrations.introspect.IntrospectionResult;
import dev.shale.migrations.introspect.Introspector;
import dev.shale.migrations.runner.history.HistoryTable;
import dev.shale.migrations.runner.history.ProgressTable;
import dev.shale.migrations.runner.history.UnmanagedTable;
import dev.shale.model.QualifiedName;
import dev.shale.model.SchemaModel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a live database into the model: the chosen schemas, or every schema that is not PostgreSQL's own
 * when none are chosen. Shale's own tables (history, progress, the record of
 * unmanaged objects) are bookkeeping, not schema, so they are left out. Reads only,
 * under the run's timeouts.
 */
public final class Inspect {

    private static final String USER_SCHEMAS = """
            SELECT nspname FROM pg_catalog.pg_namespace
            WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
            ORDER BY nspname""";

    private final ConnectionSource connections;
    private final List<String> schemas;
    private final RunnerSettings settings;

    /** {@code schemas} empty means every user schema. */
    public Inspect(ConnectionSource connections, List<String> schemas, RunnerSettings settings) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.schemas = List.copyOf(schemas);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs the introspection. */
    public IntrospectionResult run() {
        try (RunClock clock = RunClock.start(settings.runTimeout());
                Session session = Session.open(connections, clock)) {
            session.applySettings(settings);
            return read(session, schemas, settings.historySchema());
        }
    }

    /**
     * Reads {@code schemas} (every user schema when empty) on an open session, without the history, progress and
     * unmanaged-record tables (the history table last, so the history schema still counts as holding it alone).
     */
    static IntrospectionResult read(Session session, List<String> schemas, String historySchema) {
        try {
            List<String> chosen = schemas.isEmpty() ? userSchemas(session) : schemas;
            IntrospectionResult result = new Introspector().introspect(session.connection(), chosen);
            IntrospectionResult withoutRecord = withoutHistory(result,
                    new QualifiedName(historySchema, UnmanagedTable.TABLE));
            return withoutHistory(withoutHistory(withoutRecord, new QualifiedName(historySchema, ProgressTable.TABLE)),
                    new QualifiedName(historySchema, HistoryTable.TABLE));
        } catch (SQLException e) {
            throw session.failure("could not read the database's catalog", e);
        }
    }

    /** Every schema that is not PostgreSQL's own, by name. */
    static List<String> userSchemas(Session session) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement(USER_SCHEMAS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static IntrospectionResult withoutHistory(IntrospectionResult result, QualifiedName history) {
        SchemaModel model = result.model();
        if (model.table(history).isEmpty()) {
            return result;
        }
        boolean historyAlone = !history.schema().equals("public")
                && model.tables().stream().noneMatch(t -> t.name().schema().equals(history.schema()) && !t.name().equals(history))
                && model.enums().stream().noneMatch(e -> e.name().schema().equals(history.schema()))
                && model.extensions().stream().noneMatch(e -> e.schema().equals(history.schema()))
                && model.sequences().stream().noneMatch(q -> q.name().schema().equals(history.schema()));
        SchemaModel without = new SchemaModel(
                model.schemas().stream().filter(s -> !(historyAlone && s.equals(history.schema()))).toList(),
                model.enums(),
                model.tables().stream().filter(t -> !t.name().equals(history)).toList(),
                model.extensions(),
                model.sequences());
        return new IntrospectionResult(without, result.unmanaged().stream()
                .filter(o -> !(o.name().equals(history) || history.schema().equals(o.name().schema())
                        && history.name().equals(o.table()))).toList(),
                result.invalid().stream().filter(o -> !o.table().equals(history)).toList());
    }
}
