package dev.shale.migrations.spelling;

import dev.shale.api.DatabaseUrl;
import dev.shale.api.RunnerSettings;
import dev.shale.migrations.verify.ThrowawayDatabase;
import java.util.HashMap;
import java.util.Map;

/**
 * The database where Shale builds a schema to read PostgreSQL's spelling of its expressions: a configured
 * empty database as it is; else a throwaway database created on a configured development server; else an
 * embedded PostgreSQL. The last two are made once per process, on first use (a command that never needs a
 * spelling starts nothing), and removed when the process exits.
 */
public final class ScratchDatabase {

    private static final Map<String, ThrowawayDatabase> MADE = new HashMap<>();

    private ScratchDatabase() {
    }

    /**
     * The scratch database: {@code spellingUrl} when given, else one on {@code devServer} when given, else the
     * embedded one.
     *
     * @throws dev.shale.api.DatabaseException when a throwaway database cannot be created or the embedded
     *     PostgreSQL cannot start
     */
    public static DatabaseUrl of(DatabaseUrl spellingUrl, DatabaseUrl devServer, RunnerSettings settings) {
        if (spellingUrl != null) {
            return spellingUrl;
        }
        String key = devServer == null ? "" : devServer.toString();
        synchronized (MADE) {
            ThrowawayDatabase database = MADE.get(key);
            if (database == null) {
                ThrowawayDatabase made = ThrowawayDatabase.open(devServer, settings);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(made), "shale-scratch-close"));
                MADE.put(key, made);
                database = made;
            }
            return database.url();
        }
    }

    private static void closeQuietly(ThrowawayDatabase database) {
        try {
            database.close();
        } catch (RuntimeException e) {
            // the process is exiting: nothing is left to tell
        }
    }
}
