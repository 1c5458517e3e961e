package dev.shale.cli;

import dev.shale.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs {@code shale ARGS -C dir} in this JVM with a given environment and a fixed clock, capturing its output.
 * Unless the environment names one, commands get {@code SHALE_SPELLING_DATABASE_URL}: one empty database on the
 * shared test server for the whole JVM, created on first use, where {@code generate} builds each new schema (in
 * a transaction it rolls back) to read PostgreSQL's spelling; so the suite starts no embedded PostgreSQL for it.
 */
public final class InProcessShale {

    /** The variable naming the database {@code generate} reads PostgreSQL's spelling in. */
    public static final String SPELLING_VARIABLE = "SHALE_SPELLING_DATABASE_URL";

    private static TestDatabase spelling;

    /** What one run printed and returned. */
    public record Output(int exitCode, String out, String err) {
        /** Exit code, standard output and standard error in one text, for assertion messages. */
        public String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private InProcessShale() {
    }

    /** Runs the command line on the project in {@code dir} at the instant {@code now}. */
    public static Output run(Map<String, String> environment, Instant now, Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of(args), Stream.of("-C", dir.toString())).toArray(String[]::new);
        Map<String, String> withSpelling = environment;
        if (!environment.containsKey(SPELLING_VARIABLE)) {
            withSpelling = new HashMap<>(environment);
            withSpelling.put(SPELLING_VARIABLE, spellingDatabaseUrl());
        }
        int code = ShaleCommand.execute(withSpelling, Clock.fixed(now, ZoneOffset.UTC),
                new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Output(code, out.toString(), err.toString());
    }

    /** The JVM's spelling database on the shared test server, created on first use and dropped at exit. */
    public static synchronized String spellingDatabaseUrl() {
        if (spelling == null) {
            TestDatabase database = TestDatabase.create();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "shale-test-spelling-drop"));
            spelling = database;
        }
        return spelling.jdbcUrl();
    }
}
