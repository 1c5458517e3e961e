package dev.shale.cli.config;

import java.util.List;
import java.util.Objects;

/**
 * One key of {@code shale.yaml}, as {@link ConfigKeys} lists it: its dotted name ({@code database.url}), the type of
 * its value, its default, the environment variables and flag that override it, what it is for, and an example value
 * as written in the file. {@code secret} keys (database URLs) never have their value shown in a message.
 */
public record ConfigKey(
        String name,
        String type,
        String defaultValue,
        List<String> environment,
        String flag,
        String description,
        String example,
        boolean secret) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        environment = List.copyOf(environment);
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(example, "example");
    }

    /** The section the key belongs to ({@code database}), or the empty string for a key at the top of the file. */
    public String section() {
        int dot = name.indexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** The key's name within its section ({@code url} for {@code database.url}). */
    public String leaf() {
        return name.substring(name.indexOf('.') + 1);
    }

    /** How the key is written with its example value, as a fix says it: {@code lockRetries: 5}. */
    public String written() {
        return leaf() + ": " + example;
    }
}
