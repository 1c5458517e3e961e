package dev.shale.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods real PostgreSQL databases: a {@link TestDatabase} parameter is a fresh database of its
 * own, a {@link TestDatabases} parameter creates as many as the test wants. All are dropped when the test
 * ends, even when it fails. The server is chosen by {@link PostgresServer}.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class MyTest {
 *     @Test void applies(TestDatabase db) { db.execute(List.of("CREATE TABLE t (id integer)")); }
 * }
 * }</pre>
 */
public final class PostgresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == TestDatabases.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Class<?> type = parameter.getParameter().getType();
        if (type == TestDatabases.class) {
            TestDatabases databases = new TestDatabases();
            store.put(new Object(), (ExtensionContext.Store.CloseableResource) databases::close);
            return databases;
        }
        TestDatabase database = TestDatabase.create();
        store.put(new Object(), (ExtensionContext.Store.CloseableResource) database::close);
        return database;
    }
}
