package dev.shale.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code shale} command line: schema migrations for Java records and PostgreSQL. */
@Command(
        name = "shale",
        mixinStandardHelpOptions = true,
        versionProvider = ShaleVersion.class,
        description = "Schema migrations for Java records and PostgreSQL.",
        subcommands = {
            InitCommand.class,
            GenerateCommand.class,
            CreateCommand.class,
            HashCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success, nothing to report",
            "1:findings (drift, ungenerated changes, integrity mismatches)",
            "2:usage, configuration or declaration error; nothing was written",
            "3:database error",
            "70:internal error (a bug in Shale: please report it)"
        })
public final class ShaleCommand implements Runnable {

    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    public ShaleCommand(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(System.getenv(), Clock.systemUTC(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with explicit surroundings, for tests and embedding; returns the exit code. */
    public static int execute(Map<String, String> environment, Clock clock, PrintWriter out, PrintWriter err,
                              String... args) {
        CommandLine commandLine = new CommandLine(new ShaleCommand(environment, clock));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The environment variables the command reads. */
    Map<String, String> environment() {
        return environment;
    }

    /** The clock that versions new migrations. */
    Clock clock() {
        return clock;
    }

    /** The console of this run. */
    Console console() {
        return new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
