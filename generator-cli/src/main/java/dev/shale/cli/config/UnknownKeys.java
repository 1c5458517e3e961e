package dev.shale.cli.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The problem of a key {@link ConfigKeys} does not know, with the fix: the key meant, or where it belongs. */
final class UnknownKeys {

    private UnknownKeys() {
    }

    /** The problem of {@code key} met at {@code where} in {@code section} ({@code ""} for the top of the file). */
    static ConfigProblem problem(String where, String section, String key) {
        String full = section.isEmpty() ? key : section + "." + key;
        List<String> known = ConfigKeys.namesIn(section);
        String listed = "the keys " + (section.isEmpty() ? "at the top of the file" : "under " + section) + " are "
                + String.join(", ", known) + "; see " + ConfigException.DOCS;
        Optional<String> meant = Suggestions.nearest(key, known);
        if (meant.isPresent()) {
            return new ConfigProblem(where, "unknown key '" + full + "'",
                    "did you mean '" + meant.get() + "'? (" + listed + ")");
        }
        Optional<ConfigKey> elsewhere = ConfigKeys.ALL.stream()
                .filter(other -> !other.section().equals(section))
                .filter(other -> other.leaf().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (elsewhere.isPresent()) {
            ConfigKey other = elsewhere.get();
            return new ConfigProblem(where, "unknown key '" + full + "'", other.section().isEmpty()
                    ? "did you mean '" + other.name() + "'? It belongs at the top of the file, not under " + section
                    : "did you mean '" + other.name() + "'? Write it under " + other.section() + ": as "
                            + other.written());
        }
        return new ConfigProblem(where, "unknown key '" + full + "'", "remove it, or use a known key: " + listed);
    }
}
