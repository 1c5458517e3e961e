package dev.shale.diff.postgres;

import dev.shale.model.Extension;
import dev.shale.model.Identifiers;

/** The SQL of extension changes. */
final class ExtensionSql {

    private ExtensionSql() {
    }

    /**
     * {@code CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public}: an extension someone with the rights already
     * installed (many hosts let only an administrator create some) is taken as it is; if it sits in another schema,
     * the statements that name its types in the declared schema fail, and drift says why.
     */
    static String create(Extension extension) {
        return "CREATE EXTENSION IF NOT EXISTS " + Identifiers.quote(extension.name()) + " WITH SCHEMA "
                + Identifiers.quote(extension.schema())
                + (extension.version() == null ? "" : " VERSION " + literal(extension.version()));
    }

    /**
     * {@code DROP EXTENSION citext}, never {@code CASCADE}: PostgreSQL refuses while a column, index or function still
     * uses one of its objects, instead of dropping them with it.
     */
    static String drop(Extension extension) {
        return "DROP EXTENSION " + Identifiers.quote(extension.name());
    }

    /** {@code ALTER EXTENSION citext UPDATE TO '1.6'}, or to the server's default version when {@code to} is null. */
    static String update(String name, String to) {
        return "ALTER EXTENSION " + Identifiers.quote(name) + " UPDATE" + (to == null ? "" : " TO " + literal(to));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
