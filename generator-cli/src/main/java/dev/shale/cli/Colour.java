package dev.shale.cli;

import java.util.Map;

/**
 * Whether {@code shale} colours its output, and the few colours it uses: only on a terminal, never when
 * {@code NO_COLOR} is set to a non-empty value (https://no-color.org), when {@code TERM} is {@code dumb}, or with
 * {@code --no-color}.
 */
final class Colour {

    private static final String RESET = "\u001b[0m";
    /** Red for errors. */
    static final String RED = "\u001b[31m";
    /** Yellow for warnings. */
    static final String YELLOW = "\u001b[33m";
    /** Green for status words of work done. */
    static final String GREEN = "\u001b[32m";

    private Colour() {
    }

    /** Whether to colour: a terminal, no {@code --no-color}, {@code NO_COLOR} unset or empty, {@code TERM} not dumb. */
    static boolean enabled(boolean terminal, boolean noColorOption, Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return terminal && !noColorOption && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(environment.get("TERM"));
    }

    /** {@code text} in {@code colour} when {@code enabled}, else as it is. */
    static String paint(boolean enabled, String colour, String text) {
        return enabled ? colour + text + RESET : text;
    }
}
