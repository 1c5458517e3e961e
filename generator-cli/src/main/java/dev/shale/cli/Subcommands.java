package dev.shale.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code shale}, in the order its help lists them, built on demand: a run that names one
 * (after an optional {@code -C DIR}) builds only that one, since picocli reads every registered command's
 * annotations up front and a short-lived command should not pay for the other eleven. Any other run (help,
 * no command, an unknown one, which picocli then suggests a near name for) gets them all.
 */
final class Subcommands {

    private static final Map<String, Supplier<Object>> ALL = all();

    private Subcommands() {
    }

    /** Registers the subcommands {@code args} need on {@code commandLine}. */
    static void register(CommandLine commandLine, String... args) {
        String named = named(args);
        if (named != null && ALL.containsKey(named) && !named.equals("help")) {
            commandLine.addSubcommand(named, ALL.get(named).get());
        } else {
            ALL.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
    }

    /** The first argument that is not {@code -C DIR} (or its other spellings), if it is not an option. */
    static String named(String... args) {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-C") || arg.equals("--project-dir")) {
                i += 2;
            } else if (arg.startsWith("--project-dir=") || (arg.startsWith("-C") && arg.length() > 2)) {
                i += 1;
            } else {
                return arg.startsWith("-") ? null : arg;
            }
        }
        return null;
    }

    private static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("init", InitCommand::new);
        all.put("generate", GenerateCommand::new);
        all.put("create", CreateCommand::new);
        all.put("hash", HashCommand::new);
        all.put("migrate", MigrateCommand::new);
        all.put("status", StatusCommand::new);
        all.put("rollback", RollbackCommand::new);
        all.put("diff", DiffCommand::new);
        all.put("push", PushCommand::new);
        all.put("check", CheckCommand::new);
        all.put("pull", PullCommand::new);
        all.put("verify", VerifyCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return all;
    }
}
