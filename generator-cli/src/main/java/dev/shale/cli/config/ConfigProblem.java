package dev.shale.cli.config;

import java.util.Objects;

/**
 * One thing wrong with the configuration: where in {@code shale.yaml} ({@code shale.yaml:4:16}; empty for an
 * environment variable, which the message names), what is wrong, and the fix.
 */
public record ConfigProblem(String where, String message, String fix) {

    public ConfigProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** Problems in the order of the file (by line, then column), then those of the environment as they came. */
    static final java.util.Comparator<ConfigProblem> IN_FILE_ORDER = java.util.Comparator
            .comparingInt((ConfigProblem p) -> p.where().isEmpty() ? Integer.MAX_VALUE : p.part(1))
            .thenComparingInt(p -> p.part(2));

    /** The line ({@code 1}) or column ({@code 2}) {@link #where} names, or 0. */
    private int part(int index) {
        String[] parts = where.split(":");
        try {
            return parts.length > index ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The problem as one line: {@code shale.yaml:4:16: database.lockRetries must be ...}. */
    public String describe() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
