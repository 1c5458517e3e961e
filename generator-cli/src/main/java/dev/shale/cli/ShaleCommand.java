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
        footerHeading = "%nExamples:%n",
        footer = {
            "  shale init --package com.example.schema",
            "  shale generate --name create_users",
            "  shale migrate --url jdbc:postgresql://localhost:5432/app?user=app",
            "  shale check --db --format json",
            "  shale COMMAND --help        (each command's options and examples)"
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

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only errors and the data asked for (--format json and other documents, the SQL of"
                    + " diff and --dry-run): no summaries, progress lines, hints or warnings.")
    boolean quiet;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Never colour the output (colour is used only on a terminal, and never when NO_COLOR is set).")
    boolean noColor;

    /** Whether standard output is a terminal: only {@link #main} says so. */
    private boolean terminal;

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
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.console() != null, args));
    }

    /**
     * Runs the command line with explicit surroundings, for tests and embedding; returns the exit code. The streams
     * are taken not to be a terminal, so nothing is coloured.
     */
    public static int execute(Map<String, String> environment, Clock clock, PrintWriter out, PrintWriter err,
                              String... args) {
        return execute(environment, clock, out, err, false, args);
    }

    private static int execute(Map<String, String> environment, Clock clock, PrintWriter out, PrintWriter err,
                               boolean terminal, String... args) {
        ShaleCommand shale = new ShaleCommand(environment, clock);
        shale.terminal = terminal;
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
        // help is coloured by the same rule as the rest; --no-color is looked for before picocli reads the line
        boolean colour = Colour.enabled(terminal, List.of(args).contains("--no-color"), environment);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        exitCodes(commandLine);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrors(commandLine.getParameterExceptionHandler()));
        try {
            return commandLine.execute(args);
        } finally {
            filteredOut.flush();
            filteredErr.flush();
        }
    }

    /** Gives {@code commandLine} and every subcommand the one exit-code list of {@link ExitCode#TABLE}. */
    private static void exitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading(ExitCode.HELP_HEADING)
                .exitCodeList(ExitCode.helpList());
        commandLine.getSubcommands().values().forEach(ShaleCommand::exitCodes);
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

    /** The console of this run: quiet with {@code --quiet}, coloured by {@link Colour#enabled}. */
    Console console() {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet,
                Colour.enabled(terminal, noColor, environment));
    }
}
