package dev.shale.cli;

import dev.shale.api.DatabaseUrl;
import dev.shale.migrations.runner.errors.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code shale} command line: schema migrations for Java records and PostgreSQL (subcommands: {@link Subcommands}). */
@Command(
        name = "shale",
        mixinStandardHelpOptions = true,
        versionProvider = ShaleVersion.class,
        description = "Schema migrations for Java records and PostgreSQL.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success, nothing to report",
            "1:findings (drift, ungenerated changes, integrity mismatches, unaccepted lint findings)",
            "2:usage, configuration or declaration error; nothing was written",
            "3:database error",
            "8:(migrate, rollback) a pre-flight data check failed: existing rows would make a migration fail;"
                    + " nothing was run",
            "70:internal error (a bug in Shale: please report it)"
        })
public final class ShaleCommand implements Runnable {

    private final Map<String, String> environment;
    private final Clock clock;
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile Redactor redactor;

    @Spec
    CommandSpec spec;

    @Option(names = {"-C", "--project-dir"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The project directory, holding shale.yaml (default: the current directory).")
    Path projectDir = Path.of(".");

    public ShaleCommand(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        // whatever URL a command ends up using, none of these may show
        if (environment.get("PGPASSWORD") != null) {
            secrets.add(environment.get("PGPASSWORD"));
        }
        for (String variable : List.of("DATABASE_URL", "SHALE_DATABASE_URL")) {
            if (environment.get(variable) != null) {
                secrets.addAll(DatabaseUrl.secretsIn(environment.get(variable)));
            }
        }
    }

    /** Library loggers kept quiet so that only Shale writes to the terminal; held so they are not collected. */
    private static final java.util.logging.Logger[] QUIET_LOGGERS = {
        java.util.logging.Logger.getLogger("org.hibernate.validator"),
        java.util.logging.Logger.getLogger("org.jboss.logging")
    };

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "jdk");
        for (java.util.logging.Logger logger : QUIET_LOGGERS) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
        System.exit(execute(System.getenv(), Clock.systemUTC(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with explicit surroundings, for tests and embedding; returns the exit code. */
    public static int execute(Map<String, String> environment, Clock clock, PrintWriter out, PrintWriter err,
                              String... args) {
        ShaleCommand shale = new ShaleCommand(environment, clock);
        for (String arg : args) {
            shale.addSecrets(DatabaseUrl.secretsIn(arg));
        }
        CommandLine commandLine = new CommandLine(shale);
        Subcommands.register(commandLine, args);
        PrintWriter filteredOut = new PrintWriter(new SecretFilter(out, shale::redactor), true);
        PrintWriter filteredErr = new PrintWriter(new SecretFilter(err, shale::redactor), true);
        commandLine.setOut(filteredOut);
        commandLine.setErr(filteredErr);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrors(commandLine.getParameterExceptionHandler()));
        try {
            return commandLine.execute(args);
        } finally {
            filteredOut.flush();
            filteredErr.flush();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The project directory given with {@code -C}, before or after the subcommand. */
    Path projectDir() {
        return projectDir;
    }

    /** The environment variables the command reads. */
    Map<String, String> environment() {
        return environment;
    }

    /** The clock that versions new migrations. */
    Clock clock() {
        return clock;
    }

    /** Remembers passwords a command resolved, so that no error message shows them. */
    void addSecrets(List<String> values) {
        secrets.addAll(values);
        redactor = null;
    }

    /** Removes the remembered passwords and any URL password from text. */
    Redactor redactor() {
        Redactor current = redactor;
        if (current == null) {
            current = new Redactor(secrets);
            redactor = current;
        }
        return current;
    }

    /** The console of this run. */
    Console console() {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
