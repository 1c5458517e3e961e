package dev.shale.cli.config;

import dev.shale.cli.CommandException;
import dev.shale.cli.ExitCode;
import java.util.List;

/**
 * The configuration ({@code shale.yaml} or its environment overrides) is wrong: every problem found, each with where
 * it is and its fix. A usage error (exit code 2): the command did nothing.
 */
public final class ConfigException extends CommandException {

    private static final long serialVersionUID = 1L;

    /** Where every key is described, for fixes. */
    static final String DOCS = "docs/configuration.md";

    private final transient List<ConfigProblem> problems;

    /** The problems, put in the order of the file (by line), then of the environment. */
    ConfigException(List<ConfigProblem> problems) {
        super(ExitCode.USAGE, message(sorted(problems)), fix(problems));
        this.problems = sorted(problems);
    }

    private static List<ConfigProblem> sorted(List<ConfigProblem> problems) {
        return problems.stream().sorted(ConfigProblem.IN_FILE_ORDER).toList();
    }

    /** The problems, in the order of the file, then of the environment variables. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String message(List<ConfigProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).describe();
        }
        StringBuilder out = new StringBuilder("the configuration has " + problems.size() + " problems; nothing was run:");
        for (ConfigProblem problem : problems) {
            out.append("\n  ").append(problem.describe()).append("\n    fix: ").append(problem.fix());
        }
        return out.toString();
    }

    private static String fix(List<ConfigProblem> problems) {
        return problems.size() == 1 ? problems.get(0).fix()
                : "fix each one as said above (" + DOCS + " describes every key)";
    }
}
