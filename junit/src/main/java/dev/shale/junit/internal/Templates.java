package dev.shale.junit.internal;

import dev.shale.api.MigrationSource;
import dev.shale.api.Shale;
import dev.shale.api.ShaleException;
import dev.shale.junit.ShaleTestDatabaseException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Template databases: one per server and set of migrations, named {@code shale_tpl_<fingerprint>}. The first JVM
 * that needs one migrates a build database {@code shale_tpb_<fingerprint>_<random>} with {@link Shale#migrate},
 * then renames it to the template name and marks it a template (no connections allowed), all under an advisory
 * lock on the maintenance database, so forks and concurrent JVMs build it once and nobody sees it half-migrated.
 * A template that exists is reused as it is: its name says which migrations it holds.
 */
public final class Templates {

    /** The prefix of every template's name. */
    public static final String TEMPLATE_PREFIX = "shale_tpl_";
    private static final String BUILD_PREFIX = "shale_tpb_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Templates this JVM has made sure of, by server and fingerprint. */
    private static final Map<String, String> READY = new HashMap<>();

    private Templates() {
    }

    /** The template's name for a fingerprint. */
    public static String name(String fingerprint) {
        return TEMPLATE_PREFIX + fingerprint;
    }

    /**
     * The name of the template holding {@code source}'s migrations on {@code server}, built when missing.
     *
     * @throws ShaleTestDatabaseException when a migration fails or is refused (with Shale's message, naming the
     *     migration file) or the server refuses a statement
     */
    public static synchronized String ensure(ServerEndpoint server, MigrationSource source) {
        String fingerprint;
        try {
            fingerprint = Fingerprint.of(source);
        } catch (ShaleException e) {
            throw new ShaleTestDatabaseException("Could not read the migrations of " + source.describe() + ": "
                    + e.getMessage(), e);
        }
        String template = name(fingerprint);
        String key = server.adminUrl().jdbcUrl() + ' ' + template;
        if (READY.containsKey(key)) {
            return template;
        }
        try (AdminSession admin = new AdminSession(server)) {
            admin.lock(fingerprint);
            try {
                if (!admin.exists(template)) {
                    build(server, admin, source, fingerprint, template);
                }
            } finally {
                admin.unlock(fingerprint);
            }
        } catch (SQLException e) {
            throw new ShaleTestDatabaseException("Could not prepare the template database " + template + " on "
                    + server.description() + ": " + e.getMessage()
                    + " (the URL's user needs the CREATEDB privilege).", e);
        }
        READY.put(key, template);
        return template;
    }

    private static void build(ServerEndpoint server, AdminSession admin, MigrationSource source, String fingerprint,
            String template) throws SQLException {
        String prefix = BUILD_PREFIX + fingerprint + '_';
        for (String abandoned : admin.namesStartingWith(prefix)) {
            admin.drop(abandoned); // we hold the lock, so its builder died before finishing
        }
        String building = prefix + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        admin.create(building);
        try {
            Shale.migrate(Jdbc.dataSource(server.database(building)), source);
        } catch (ShaleException e) {
            admin.drop(building);
            throw new ShaleTestDatabaseException("Shale could not migrate the test database template from "
                    + source.describe() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            admin.drop(building);
            throw e;
        }
        admin.promote(building, template);
    }
}
