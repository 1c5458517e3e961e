package dev.shale.maven;

import java.util.ArrayList;
import java.util.List;

/** The command line a goal hands to {@code shale}: a subcommand, then only the options the pom set. */
final class ShaleArguments {

    private final List<String> arguments = new ArrayList<>();

    ShaleArguments(String... first) {
        arguments.addAll(List.of(first));
    }

    /** {@code name value} when the value is set (not null, not blank). */
    ShaleArguments option(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            arguments.add(name);
            arguments.add(value.toString().strip());
        }
        return this;
    }

    /** {@code name} alone when {@code on}. */
    ShaleArguments flag(String name, boolean on) {
        if (on) {
            arguments.add(name);
        }
        return this;
    }

    /** Plain arguments, added as they are (blank ones are left out). */
    ShaleArguments plain(List<String> values) {
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(arguments::add);
        }
        return this;
    }

    /** The arguments so far, as a list. */
    List<String> toList() {
        return List.copyOf(arguments);
    }

    /** The arguments so far. */
    String[] toArray() {
        return arguments.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return String.join(" ", arguments);
    }
}
