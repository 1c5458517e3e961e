package dev.shale.migrations.introspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real connection that counts the statements executed through it: every {@code execute*} call on a
 * statement it created. Everything is passed through to the real connection; nothing is faked.
 */
final class CountingConnection {

    private final Connection connection;
    private final AtomicInteger executions = new AtomicInteger();

    CountingConnection(Connection real) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, passThrough(real, true));
    }

    /** The counting connection. */
    Connection connection() {
        return connection;
    }

    /** Statements executed so far. */
    int executions() {
        return executions.get();
    }

    private InvocationHandler passThrough(Object target, boolean isConnection) {
        return (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (!isConnection && method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            if (isConnection && result instanceof Statement statement) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
                        passThrough(statement, false));
            }
            return result;
        };
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
