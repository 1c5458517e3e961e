package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shale.api.DatabaseUrl;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void jdbcUrlsKeepTheirParametersButNotThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.example:6543/app?user=me&password=pw%26x&sslmode=require");
        assertEquals("jdbc:postgresql://db.example:6543/app?user=me&sslmode=require", url.jdbcUrl());
        assertEquals("db.example", url.host());
        assertEquals("6543", url.port());
        assertEquals("app", url.database());
        assertEquals(Optional.of("me"), url.user());
        assertEquals(Optional.of("pw&x"), url.password());
        assertEquals(DatabaseUrl.PasswordSource.URL, url.passwordSource());
        assertEquals("pw&x", url.connectionProperties().getProperty("password"));
        assertEquals("jdbc:postgresql://db.example:6543/app?user=me&sslmode=require", url.toString());
        assertEquals(Map.of("PGHOST", "db.example", "PGPORT", "6543", "PGDATABASE", "app", "PGUSER", "me",
                "PGPASSWORD", "pw&x"), url.libpqEnvironment());
    }

    @Test
    void libpqUrisBecomeJdbcUrls() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://me:p%40ss@db.example/app?sslmode=require");
        assertEquals("jdbc:postgresql://db.example:5432/app?user=me&sslmode=require", url.jdbcUrl());
        assertEquals(Optional.of("p@ss"), url.password());
        assertEquals("postgres", DatabaseUrl.parse("postgres://h:1/postgres").database());
    }

    @Test
    void passwordFromTheEnvironmentOnlyWhenTheUrlHasNone() {
        assertEquals(Optional.of("u"), DatabaseUrl.parse("jdbc:postgresql://h/db?password=u")
                .withPasswordFrom(Map.of("PGPASSWORD", "e")).password());
        DatabaseUrl fromEnvironment = DatabaseUrl.parse("jdbc:postgresql://h/db").withPasswordFrom(Map.of("PGPASSWORD", "e"));
        assertEquals(Optional.of("e"), fromEnvironment.password());
        assertEquals(DatabaseUrl.PasswordSource.PGPASSWORD, fromEnvironment.passwordSource());
    }

    @Test
    void anotherDatabaseOnTheSameServerKeepsUserPasswordAndParameters() {
        DatabaseUrl other = DatabaseUrl.parse("jdbc:postgresql://h:6543/app?user=me&password=pw&sslmode=require")
                .withDatabase("shale_verify_1");
        assertEquals("jdbc:postgresql://h:6543/shale_verify_1?user=me&sslmode=require", other.jdbcUrl());
        assertEquals("shale_verify_1", other.database());
        assertEquals(Optional.of("pw"), other.password());
        assertEquals("jdbc:postgresql://h,k/x", DatabaseUrl.parse("jdbc:postgresql://h,k/").withDatabase("x").jdbcUrl());
        assertEquals("jdbc:postgresql:x?user=a", DatabaseUrl.parse("jdbc:postgresql:app?user=a").withDatabase("x").jdbcUrl());
        assertEquals("jdbc:postgresql://h:5432/x?user=me", DatabaseUrl.parse("postgresql://me@h/app").withDatabase("x")
                .jdbcUrl());
    }

    @Test
    void redactsPasswordsInText() {
        assertEquals("x jdbc:postgresql://h/db?user=a&password=***&ssl=true postgresql://me:***@h/db",
                DatabaseUrl.redact("x jdbc:postgresql://h/db?user=a&password=secret&ssl=true postgresql://me:secret@h/db"));
    }

    @Test
    void refusesOtherUrlsWithoutShowingThePassword() {
        assertEquals("not a PostgreSQL URL: jdbc:mysql://h/db?password=***; expected"
                + " jdbc:postgresql://host:port/database?user=NAME or postgresql://user@host:port/database",
                assertThrows(IllegalArgumentException.class,
                        () -> DatabaseUrl.parse("jdbc:mysql://h/db?password=secret")).getMessage());
    }
}
