package dev.shale.cli.hostile;

import java.util.List;

/**
 * Hostile database URLs (issue items 2 and 8): URLs that cannot be read, with a password inside, are
 * refused with the reason and the encoding to use; connections that fail for a cause no retry can mend
 * fail at once with their class. Every row is fast: nothing here is retried.
 */
final class HostileConnections {

    private static final String ENCODE = "%2F for /";

    private HostileConnections() {
    }

    static List<HostileCase> cases() {
        return List.of(
                unreadable("a / in a URI password", "postgresql://u:S3cret!/x@127.0.0.1:5432/db", "holds a /", ENCODE),
                unreadable("an @ in a URI password", "postgresql://u:S3c@ret@127.0.0.1:5432/db", "holds a @",
                        "%40 for @"),
                unreadable("a # in a URI password", "postgresql://u:S3c#ret@127.0.0.1:5432/db", "holds a #",
                        "%23 for #"),
                unreadable("a space in a URI password", "postgresql://u:S3c ret@127.0.0.1:5432/db",
                        "holds a space", "%20 for a space"),
                unreadable("a stray % in a URI password", "postgresql://u:S3c%ret@127.0.0.1:5432/db",
                        "a % that starts no %XX escape", "%25 for %"),
                unreadable("a MySQL URL with a password", "mysql://u:S3cret@127.0.0.1/db", "it starts with mysql://",
                        "expected jdbc:postgresql://"),
                unreadable("a JDBC URL with port 99999", "jdbc:postgresql://127.0.0.1:99999/db?password=S3cret",
                        "check the port (1 to 65535)"),
                unreadable("a URI with a password and no host", "postgresql://u:S3cret/db", "names no host"),
                HostileCase.of("2", "DATABASE_URL with an unencoded password",
                        p -> p.env("DATABASE_URL", "postgresql://u:S3c/ret@127.0.0.1:5432/db"), List.of("status"), 2,
                        "DATABASE_URL is not a PostgreSQL URL (not shown", ENCODE, "fix: set DATABASE_URL to"),
                HostileCase.of("2", "shale.yaml database.url with an unencoded password",
                        p -> {
                            p.environment().remove("DATABASE_URL");
                            p.write("shale.yaml", "database:\n  url: \"postgresql://u:S3c ret@127.0.0.1/db\"\n");
                        },
                        List.of("migrate"), 2, "holds a space", "shale.yaml:2:8: database.url is not a PostgreSQL URL"),
                HostileCase.of("2", "a password URL with a connect retry count that is no number",
                        p -> { }, List.of("status", "--url", "postgresql://u:S3cret@127.0.0.1/db", "--connect-retries",
                                "many"), 2, "--connect-retries", "many"),
                HostileCase.of("8", "a host that does not resolve is not retried",
                        p -> { }, List.of("status", "--url", "jdbc:postgresql://nohost.invalid:5432/db?user=u"), 3,
                        "UNKNOWN_HOST", "does not resolve"),
                connecting("sslmode=require against a server without SSL", "&sslmode=require", "SSL_REFUSED",
                        "The server does not support SSL", "sslmode=prefer"),
                connecting("an sslmode the driver does not know", "&sslmode=bogus", "BAD_URL_PARAMETER",
                        "Invalid sslmode value: bogus"),
                connecting("a connectTimeout that is no number", "&connectTimeout=x", "BAD_URL_PARAMETER",
                        "connectTimeout"),
                connecting("options setting an unknown parameter", "&options=-c%20no_such_setting=1",
                        "BAD_URL_PARAMETER", "no_such_setting"),
                HostileCase.of("8", "a closed port without retries",
                        p -> { }, List.of("status", "--url", "jdbc:postgresql://127.0.0.1:1/db?user=u",
                                "--connect-retries", "0"), 3, "CONNECTION_REFUSED", "refused", "raise the connect retries"));
    }

    /** {@code migrate --url URL}: refused before connecting, saying why, with the password nowhere. */
    private static HostileCase unreadable(String title, String url, String... expected) {
        String[] words = new String[expected.length + 1];
        words[0] = "(not shown: it may hold a password) cannot be read";
        System.arraycopy(expected, 0, words, 1, expected.length);
        return HostileCase.of("2", title, p -> { }, List.of("migrate", "--url", url), 2, words);
    }

    /** {@code status} on the row's database with {@code parameter} added to its URL: one attempt, classified. */
    private static HostileCase connecting(String title, String parameter, String... expected) {
        return HostileCase.of("8", title, p -> p.env("DATABASE_URL", p.db().jdbcUrl() + parameter),
                List.of("status"), 3, expected);
    }
}
