package dev.shale.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The subcommands of {@code shale}, in the order its help lists them, built on demand: a run that names one
 * (after an optional {@code -C DIR}) builds only that one, since picocli reads every registered command's
 * annotations up front and a short-lived command should not pay for the other thirteen. Any other run (help,
 * no command, an unknown one, which picocli then suggests a near name for) gets them all.
 */
final class Subcommands {

    private static final List<Class<?>> ALL = List.of(InitCommand.class, GenerateCommand.class, CreateCommand.class,
            DiscardCommand.class, HashCommand.class, MigrateCommand.class, StatusCommand.class, RollbackCommand.class,
            DiffCommand.class, PushCommand.class, CheckCommand.class, LintCommand.class, PullCommand.class,
            VerifyCommand.class, ReportCommand.class, CommandLine.HelpCommand.class);

    /** The options of {@code shale} itself that take no value. */
    private static final List<String> GLOBAL_SWITCHES = List.of("-q", "--quiet", "--no-color");

    private Subcommands() {
    }

    /** Registers the subcommands {@code args} need on {@code commandLine}. */
    static void register(CommandLine commandLine, String... args) {
        String named = named(args);
        List<Class<?>> needed = ALL.stream().filter(type -> name(type).equals(named)).toList();
        (needed.isEmpty() || named.equals("help") ? ALL : needed).forEach(commandLine::addSubcommand);
    }

    /** Every subcommand, in the order the help lists them. */
    static List<Class<?>> all() {
        return ALL;
    }

    /**
     * The first argument that is not {@code -C DIR} (or its other spellings) or a global switch ({@code -q},
     * {@code --quiet}, {@code --no-color}), if it is not an option.
     */
    static String named(String... args) {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-C") || arg.equals("--project-dir")) {
                i += 2;
            } else if (arg.startsWith("--project-dir=") || (arg.startsWith("-C") && arg.length() > 2)
                    || GLOBAL_SWITCHES.contains(arg)) {
                i += 1;
            } else {
                return arg.startsWith("-") ? null : arg;
            }
        }
        return null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }
}
