package dev.shale.migrations.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shale.api.DatabaseUrl;
import java.util.List;
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
        // a password with /, @, # or spaces, unencoded: starred up to the line's last @, never cut short
        assertEquals("postgresql://u:***@host:5432/db", DatabaseUrl.redact("postgresql://u:S3cret!/x@y@host:5432/db"));
        assertEquals("jdbc:postgresql://h/db?PassWord=***\nnext", DatabaseUrl.redact(
                "jdbc:postgresql://h/db?PassWord=S3c ret; x\nnext"));
        assertEquals("jdbc:postgresql://h/db?pass%77ord%3D***&a=b", DatabaseUrl.redact(
                "jdbc:postgresql://h/db?pass%77ord%3DS3cret&a=b"));
        // two URLs on one line: the first one's port is not taken for a password
        assertEquals("jdbc:postgresql://host:port/db or postgresql://user@host/db",
                DatabaseUrl.redact("jdbc:postgresql://host:port/db or postgresql://user@host/db"));
    }

    @Test
    void findsPasswordsInUrlsThatDoNotParse() {
        assertEquals(List.of("S3cret!/x@y"), DatabaseUrl.secretsIn("postgresql://u:S3cret!/x@y@host/db"));
        assertEquals(List.of("a%2Fb", "a/b"), DatabaseUrl.secretsIn("jdbc:postgresql://h/db?PASSWORD=a%2Fb"));
        assertEquals(List.of(), DatabaseUrl.secretsIn("jdbc:postgresql://h:5432/db?user=u"));
    }

    @Test
    void refusesUnencodedPasswordsSayingHowToEncodeWithoutShowingThem() {
        for (String password : List.of("S3cret!/x", "S3c ret", "S3c@ret", "S3c#ret", "S3c?ret", "S3c%ret", "S3c\"ret")) {
            String message = assertThrows(IllegalArgumentException.class,
                    () -> DatabaseUrl.parse("postgresql://u:" + password + "@host:5432/db")).getMessage();
            assertFalse(message.contains("S3c"), message);
            assertTrue(message.contains("percent-encode") && message.contains("%2F for /"), message);
        }
        assertEquals(Optional.of("S3cret!/x"), DatabaseUrl.parse("postgresql://u:S3cret!%2Fx@host/db").password());
        assertEquals(Optional.of("a+b"), DatabaseUrl.parse("postgresql://u:a+b@host/db").password());
    }

    @Test
    void refusesOtherUrlsWithoutShowingThem() {
        assertEquals("the database URL (not shown: it may hold a password) cannot be read: it starts with jdbc:mysql://,"
                + " not jdbc:postgresql: or postgresql://; expected jdbc:postgresql://host:port/database?user=NAME or"
                + " postgresql://user@host:port/database",
                assertThrows(IllegalArgumentException.class,
                        () -> DatabaseUrl.parse("jdbc:mysql://h/db?password=secret")).getMessage());
        for (String url : List.of("jdbc:postgresql://h:99999/db?password=secret", "postgresql://u:secret/db",
                "postgresql://u:secret@h/db#x", "secret")) {
            String message = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url)).getMessage();
            assertFalse(message.contains("secret"), message);
        }
    }
}
