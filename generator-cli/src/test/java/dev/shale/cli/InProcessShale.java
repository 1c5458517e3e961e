package dev.shale.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

/** Runs {@code shale ARGS -C dir} in this JVM with a given environment and a fixed clock, capturing its output. */
public final class InProcessShale {

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
        int code = ShaleCommand.execute(environment, Clock.fixed(now, ZoneOffset.UTC),
                new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Output(code, out.toString(), err.toString());
    }
}
