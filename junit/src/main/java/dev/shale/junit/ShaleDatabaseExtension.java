package dev.shale.junit;

import dev.shale.api.MigrationSource;
import dev.shale.junit.internal.MigrationLocator;
import dev.shale.junit.internal.ServerEndpoint;
import dev.shale.junit.internal.Servers;
import dev.shale.junit.internal.Templates;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The extension behind {@link ShaleDatabase}: creates the database of a class (before {@code @BeforeAll}) or of a
 * method (before {@code @BeforeEach}) from a migrated template, keeps it in the JUnit store of that class or method
 * so that closing the store drops it, injects it into fields and parameters.
 */
public final class ShaleDatabaseExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ShaleDatabaseExtension.class);
    private static final String DATABASE = "database";

    @Override
    public void beforeAll(ExtensionContext context) {
        scope(context).ifPresent(ShaleDatabaseExtension::database);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Optional<Scope> scope = scope(context);
        if (scope.isEmpty()) {
            return;
        }
        ShaleTestDatabase database = database(scope.get());
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(instance, database);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        boolean known = type == ShaleTestDatabase.class || type == DataSource.class || type == Connection.class
                || (type == String.class && parameter.isAnnotated(ShaleDatabaseUrl.class));
        // outside a test method, isolation = METHOD has no database: claimed anyway, for resolveParameter to say so
        return known && (scope(context).isPresent() || perMethodOnly(context));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Optional<Scope> scope = scope(context);
        if (scope.isEmpty()) {
            throw new ParameterResolutionException("@ShaleDatabase(isolation = METHOD) on "
                    + context.getRequiredTestClass().getName() + " gives each test method a database of its own, so"
                    + " there is none for " + parameter.getDeclaringExecutable().getName() + "(...): take the"
                    + " parameter in a test method or in @BeforeEach, or use isolation = CLASS.");
        }
        ShaleTestDatabase database = database(scope.get());
        Class<?> type = parameter.getParameter().getType();
        if (type == Connection.class) {
            try {
                Connection connection = database.connect();
                context.getStore(NAMESPACE).put(new Object(), (ExtensionContext.Store.CloseableResource) () -> {
                    try {
                        connection.close();
                    } catch (SQLException e) {
                        // the session is gone already (its database was dropped): nothing is left to close
                    }
                });
                return connection;
            } catch (SQLException e) {
                throw new ParameterResolutionException("Could not connect to the test database " + database + ": "
                        + e.getMessage(), e);
            }
        }
        return value(type, database);
    }

    /** Where a context's database lives: the store of the annotated method, or of the annotated class. */
    private record Scope(ExtensionContext owner, ShaleDatabase annotation, String description) {
    }

    private static Optional<Scope> scope(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            Optional<ShaleDatabase> own = AnnotationSupport.findAnnotation(method.get(), ShaleDatabase.class);
            if (own.isPresent()) {
                return Optional.of(new Scope(context, own.get(), describe(method.get())));
            }
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getElement().orElse(null) instanceof Class<?> type) {
                Optional<ShaleDatabase> annotation = AnnotationSupport.findAnnotation(type, ShaleDatabase.class);
                if (annotation.isPresent()) {
                    if (annotation.get().isolation() == ShaleDatabase.Isolation.METHOD) {
                        return method.map(m -> new Scope(context, annotation.get(), describe(m)));
                    }
                    return Optional.of(new Scope(c, annotation.get(), type.getName()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a context outside any test method is in a class annotated with {@code isolation = METHOD}. */
    private static boolean perMethodOnly(ExtensionContext context) {
        return context.getTestMethod().isEmpty() && context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, ShaleDatabase.class))
                .filter(annotation -> annotation.isolation() == ShaleDatabase.Isolation.METHOD)
                .isPresent();
    }

    /** The scope's database, created on first use. */
    private static ShaleTestDatabase database(Scope scope) {
        // a namespace of the owner's own: a store also answers with its parents' values, and a method's database
        // must not be taken for its class's
        return scope.owner().getStore(NAMESPACE.append(scope.owner().getUniqueId()))
                .getOrComputeIfAbsent(DATABASE, key -> create(scope), FreshDatabase.class)
                .database();
    }

    private static FreshDatabase create(Scope scope) {
        try {
            ServerEndpoint server = Servers.fromSystem().resolve(scope.annotation());
            MigrationSource source = new MigrationLocator(Path.of("")).locate(scope.annotation(), scope.description());
            String template = Templates.ensure(server, source);
            return new FreshDatabase(server, template);
        } catch (ShaleTestDatabaseException e) {
            String prefix = "@ShaleDatabase on ";
            if (e.getMessage().startsWith(prefix)) {
                throw e;
            }
            // the same failure, named by the test it fails; the cause stays Shale's own exception
            ShaleTestDatabaseException named = new ShaleTestDatabaseException(prefix + scope.description() + ": "
                    + e.getMessage(), e.getCause());
            named.setStackTrace(e.getStackTrace());
            throw named;
        }
    }

    private static void injectFields(Object instance, ShaleTestDatabase database) throws IllegalAccessException {
        for (Field field : ReflectionSupport.findFields(instance.getClass(), ShaleDatabaseExtension::injectable,
                HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(instance, value(field.getType(), database));
        }
    }

    private static boolean injectable(Field field) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            return false;
        }
        Class<?> type = field.getType();
        return type == ShaleTestDatabase.class || type == DataSource.class
                || (type == String.class && field.isAnnotationPresent(ShaleDatabaseUrl.class));
    }

    private static Object value(Class<?> type, ShaleTestDatabase database) {
        if (type == DataSource.class) {
            return database.dataSource();
        }
        if (type == String.class) {
            return database.url();
        }
        return database;
    }

    private static String describe(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }
}
