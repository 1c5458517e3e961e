package dev.shale.migrations.runner.connect;

import dev.shale.api.DatabaseException;
import dev.shale.migrations.runner.ConnectionSource;
import dev.shale.migrations.runner.RunClock;
import dev.shale.migrations.runner.errors.ErrorClassifier;
import dev.shale.migrations.runner.errors.Redactor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Connections from an application's {@link DataSource}; retrying is the data source's business. A server older than
 * PostgreSQL 13 is refused ({@link ServerVersion}).
 */
public final class DataSourceConnections implements ConnectionSource {

    private final DataSource dataSource;

    public DataSourceConnections(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Connection open(RunClock clock) {
        try {
            Connection connection = dataSource.getConnection();
            ServerVersion.check(connection, "the DataSource's server");
            return connection;
        } catch (SQLException e) {
            var error = ErrorClassifier.describe(e, Redactor.URLS_ONLY);
            var errorClass = ErrorClassifier.classify(e, false);
            throw new DatabaseException("could not get a connection from the DataSource: " + error.message()
                    + sqlState(e) + ". " + errorClass + ": " + errorClass.hint() + ".", errorClass, error, e);
        }
    }

    @Override
    public Redactor redactor() {
        return Redactor.URLS_ONLY;
    }

    static String sqlState(SQLException e) {
        return e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
    }
}
