package dev.shale.migrationfile;

import java.util.List;
import java.util.Objects;

/**
 * One step of a migration file: its marker and its text, everything from the line after the marker up to the next
 * marker's line (or the end of the file), verbatim.
 */
public record Step(StepMarker marker, String text) {

    public Step {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
    }

    /** A step holding {@code statements}, each written on its own line(s) and ended by {@code ;}. */
    public static Step of(StepMarker marker, List<String> statements) {
        StringBuilder text = new StringBuilder();
        for (String statement : statements) {
            text.append(statement).append(";\n");
        }
        return new Step(marker, text.toString());
    }
}
