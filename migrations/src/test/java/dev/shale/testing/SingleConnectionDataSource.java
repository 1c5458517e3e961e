package dev.shale.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source handing out one real connection as a pool would: {@code close()} returns it instead of closing it,
 * so session state (settings, temporary objects) carries over between borrowers. Its metadata can be replaced, to
 * make the connection report another server.
 */
public final class SingleConnectionDataSource implements DataSource {
    private final Connection physical;
    private final UnaryOperator<DatabaseMetaData> metaData;

    /** A pool of one over {@code physical}, its metadata as the driver gives it. */
    public SingleConnectionDataSource(Connection physical) {
        this(physical, UnaryOperator.identity());
    }

    /** A pool of one over {@code physical} whose {@code getMetaData()} answers through {@code metaData}. */
    public SingleConnectionDataSource(Connection physical, UnaryOperator<DatabaseMetaData> metaData) {
        this.physical = physical;
        this.metaData = metaData;
    }

    /** Metadata answering {@code overrides}' methods by name and every other method from {@code real}. */
    public static DatabaseMetaData metaDataWith(DatabaseMetaData real, java.util.Map<String, Object> overrides) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> overrides.containsKey(method.getName())
                        ? overrides.get(method.getName()) : call(real, method, args));
    }

    @Override
    public Connection getConnection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "getMetaData" -> metaData.apply(physical.getMetaData());
                    default -> call(physical, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String user, String password) {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
